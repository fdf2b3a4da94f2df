import GoLib
import Values

/// Go's `unicode` package predicates and simple (one rune to one rune) case mappings,
/// which `strings.ToUpper`, `strings.Title` and the xstrings/goutils helpers use.
enum GoUnicode {
  static func isUpper(_ r: Unicode.Scalar) -> Bool { r.properties.generalCategory == .uppercaseLetter }
  static func isLower(_ r: Unicode.Scalar) -> Bool { r.properties.generalCategory == .lowercaseLetter }
  static func isTitle(_ r: Unicode.Scalar) -> Bool { r.properties.generalCategory == .titlecaseLetter }

  static func isLetter(_ r: Unicode.Scalar) -> Bool {
    switch r.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return false
    }
  }

  static func isDigit(_ r: Unicode.Scalar) -> Bool { r.properties.generalCategory == .decimalNumber }

  static func isNumber(_ r: Unicode.Scalar) -> Bool {
    switch r.properties.generalCategory {
    case .decimalNumber, .letterNumber, .otherNumber: return true
    default: return false
    }
  }

  static func isPunct(_ r: Unicode.Scalar) -> Bool {
    switch r.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return true
    default: return false
    }
  }

  static func toUpper(_ r: Unicode.Scalar) -> Unicode.Scalar {
    if r.isASCII {
      if r.value >= 0x61 && r.value <= 0x7A { return Unicode.Scalar(r.value - 32)! }
      return r
    }
    return single(r.properties.uppercaseMapping) ?? r
  }

  static func toLower(_ r: Unicode.Scalar) -> Unicode.Scalar {
    if r.isASCII {
      if r.value >= 0x41 && r.value <= 0x5A { return Unicode.Scalar(r.value + 32)! }
      return r
    }
    if r.value == 0x130 { return "i" }
    return single(r.properties.lowercaseMapping) ?? r
  }

  static func toTitle(_ r: Unicode.Scalar) -> Unicode.Scalar {
    if r.isASCII { return toUpper(r) }
    return single(r.properties.titlecaseMapping) ?? r
  }

  private static func single(_ s: String) -> Unicode.Scalar? {
    var it = s.unicodeScalars.makeIterator()
    guard let first = it.next(), it.next() == nil else { return nil }
    return first
  }
}

/// Byte-level helpers for Go strings, which are byte sequences: Sprig's `substr`,
/// `trunc`, `abbrev` and `wrap` cut bytes, not characters.
enum GoStrings {
  /// Go's `string(bytes)`, invalid UTF-8 kept (see `GoByteString`).
  static func fromBytes<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
    GoByteString.fromBytes(bytes)
  }

  /// Each byte read as a rune (Latin-1), the way goutils' byte loops re-encode text.
  static func latin1(_ bytes: [UInt8]) -> String {
    var s = String.UnicodeScalarView()
    for b in bytes { s.append(Unicode.Scalar(b)) }
    return String(s)
  }

  static func map(_ s: String, _ f: (Unicode.Scalar) -> Unicode.Scalar) -> String {
    var out = String.UnicodeScalarView()
    for r in s.unicodeScalars { out.append(f(r)) }
    return String(out)
  }

  /// `strings.Repeat`, which panics on a negative count.
  static func repeated(_ s: String, count: Int) throws -> String {
    if count < 0 { throw FunctionErrors.negativeRepeat }
    if count == 0 || s.isEmpty { return "" }
    if s.utf8.count.multipliedReportingOverflow(by: count).overflow || s.utf8.count * count > 1 << 30 {
      throw FunctionErrors.repeatOverflow
    }
    return String(repeating: s, count: count)
  }

  /// `strings.Replace(s, old, new, -1)` with Go's rule for an empty `old`: insert `new`
  /// before every rune and at the end.
  static func replaceAll(_ s: String, _ old: String, _ new: String) -> String {
    if old.isEmpty {
      var out = new
      for r in s.unicodeScalars {
        out.unicodeScalars.append(r)
        out += new
      }
      return out
    }
    return GoByteSplit.replacingAll(old, with: new, in: s)
  }

  /// `strings.Split(s, sep)`: an empty separator splits into runes; an empty `s` gives [""].
  static func splitAll(_ s: String, _ sep: String) -> [String] {
    splitN(s, sep, -1)
  }

  /// `strings.SplitN`.
  static func splitN(_ s: String, _ sep: String, _ n: Int) -> [String] {
    if n == 0 { return [] }
    if sep.isEmpty {
      let runes = Array(s.unicodeScalars)
      let limit = n < 0 || n > runes.count ? runes.count : n
      var parts: [String] = []
      for i in 0..<limit {
        if i == limit - 1 && limit < runes.count {
          parts.append(String(String.UnicodeScalarView(runes[i...])))
        } else {
          parts.append(String(runes[i]))
        }
      }
      return parts
    }
    return GoByteSplit.pieces(of: Array(s.utf8), separator: Array(sep.utf8), limit: n).map(fromBytes)
  }

  /// `strings.Trim(s, cutset)`.
  static func trim(_ s: String, cutset: String) -> String {
    if s.isEmpty || cutset.isEmpty { return s }
    let set = Set(cutset.unicodeScalars)
    return GoSpace.trim(s, where: set.contains)
  }

  /// `strings.Join`, by concrete string appends (the standard library's generic `joined`
  /// resolves its associated types at run time on first use, about 0.3 M instructions).
  static func join(_ parts: [String], separator: String) -> String {
    var out = ""
    for (i, part) in parts.enumerated() {
      if i > 0 { out += separator }
      out += part
    }
    return out
  }
}
