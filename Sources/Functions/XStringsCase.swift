import GoLib
import Values

/// huandu/xstrings v1.5 case conversions (`camelcase`, `snakecase`, `kebabcase`), word
/// splitting included, so that `HTTPServer` → `http_server` and `Two  Spaces` →
/// `Two Spaces` come out as in Go.
enum XStringsCase {
  private static func isConnector(_ r: Unicode.Scalar) -> Bool {
    r == "-" || r == "_" || GoSpace.isSpace(r)
  }

  /// A letter that is not a common CJK ideograph.
  private static func isAlphabet(_ r: Unicode.Scalar) -> Bool {
    if !GoUnicode.isLetter(r) { return false }
    switch r.value {
    case ..<0x3400: return true
    case 0x4E00...0x9FCC, 0x3400...0x4D85, 0x20000...0x2B81D: return false
    default: return true
    }
  }

  /// `xstrings.ToCamelCase`.
  /// It reads and writes whole runes: a byte that is not UTF-8 comes out as U+FFFD.
  static func camelCase(_ s: String) -> String {
    let runes = Array(GoByteString.replacingRawBytes(s).unicodeScalars)
    if runes.isEmpty { return "" }
    var out = String.UnicodeScalarView()
    var i = 0
    var r0: Unicode.Scalar = " "
    var isFirstRuneUpper = false
    var readAny = false
    while i < runes.count {
      r0 = runes[i]
      i += 1
      readAny = true
      if !isConnector(r0) {
        isFirstRuneUpper = GoUnicode.isUpper(r0)
        r0 = GoUnicode.toUpper(r0)
        break
      }
      out.append(r0)
    }
    if i >= runes.count {
      if readAny { out.append(r0) }
      return String(out)
    }
    while i < runes.count {
      let r1 = r0
      r0 = runes[i]
      i += 1
      if isConnector(r0) && isConnector(r1) {
        out.append(r1)
        continue
      }
      if isConnector(r1) {
        isFirstRuneUpper = GoUnicode.isUpper(r0)
        r0 = GoUnicode.toUpper(r0)
      } else {
        if isFirstRuneUpper {
          if GoUnicode.isUpper(r0) {
            r0 = GoUnicode.toLower(r0)
          } else {
            isFirstRuneUpper = false
          }
        }
        out.append(r1)
      }
    }
    out.append(r0)
    return String(out)
  }

  /// `xstrings.ToSnakeCase`.
  static func snakeCase(_ s: String) -> String { camelCaseToLowerCase(s, connector: "_") }

  /// `xstrings.ToKebabCase`.
  static func kebabCase(_ s: String) -> String { camelCaseToLowerCase(s, connector: "-") }

  private enum WordType { case invalid, number, upperCase, alphabet, connector, punct, other }

  /// Go's `utf8.RuneError`: what a byte that is not UTF-8 decodes to.
  private static let runeError: Unicode.Scalar = "\u{FFFD}"

  /// A string as xstrings reads it: its runes as Go decodes them (U+FFFD for each byte that
  /// is not UTF-8) beside the runes as written (the carried bytes kept), so that words copied
  /// whole keep their bytes while runes converted one by one become U+FFFD, as in Go.
  private struct Runes {
    let decoded: [Unicode.Scalar]
    let written: [Unicode.Scalar]
    init(_ s: String) {
      written = Array(s.unicodeScalars)
      decoded = written.map { GoByteString.rawByte($0) == nil ? $0 : XStringsCase.runeError }
    }
    var count: Int { decoded.count }

    /// Go's `nextValidRune`: the first rune from `i` that is not `utf8.RuneError` and how
    /// many runes it spans with the invalid ones before it; `prev` and the rest when none is.
    func nextValidRune(from i: Int, _ prev: Unicode.Scalar) -> (Unicode.Scalar, Int) {
      var j = i
      while j < decoded.count {
        let r = decoded[j]
        j += 1
        if r != XStringsCase.runeError { return (r, j - i) }
      }
      return (prev, j - i)
    }
  }

  /// xstrings' `nextWord` from `start`: the word's type and where it ends (where the next
  /// word starts). Invalid runes join the valid rune after them.
  private static func nextWord(_ s: Runes, from start: Int) -> (WordType, Int) {
    let n = s.count
    guard start < n else { return (.invalid, start) }
    var (r, size) = s.nextValidRune(from: start, runeError)
    var offset = start + size
    if r == runeError { return (.invalid, offset) }
    func extend(while predicate: (Unicode.Scalar) -> Bool) {
      while offset < n {
        (r, size) = s.nextValidRune(from: offset, r)
        if !predicate(r) { break }
        offset += size
      }
    }
    let type: WordType
    if isConnector(r) {
      type = .connector
      extend(while: isConnector)
    } else if GoUnicode.isPunct(r) {
      type = .punct
      extend(while: GoUnicode.isPunct)
    } else if GoUnicode.isUpper(r) {
      type = .upperCase
      if offset < n {
        (r, size) = s.nextValidRune(from: offset, r)
        if GoUnicode.isUpper(r) {
          var previousSize = size
          offset += size
          while offset < n {
            (r, size) = s.nextValidRune(from: offset, r)
            if !GoUnicode.isUpper(r) { break }
            previousSize = size
            offset += size
          }
          // "HTTPStatus": the last upper-case rune starts the next word.
          if offset < n && isAlphabet(r) { offset -= previousSize }
        } else if isAlphabet(r) {
          offset += size
          extend { isAlphabet($0) && !GoUnicode.isUpper($0) }
        }
      }
    } else if isAlphabet(r) {
      type = .alphabet
      extend { isAlphabet($0) && !GoUnicode.isUpper($0) }
    } else if GoUnicode.isNumber(r) {
      type = .number
      extend(while: GoUnicode.isNumber)
    } else {
      type = .other
      extend { !(isConnector($0) || isAlphabet($0) || GoUnicode.isNumber($0) || GoUnicode.isPunct($0)) }
    }
    return (type, offset)
  }

  /// xstrings' `toLower`: upper-case and connector words rune by rune, other words copied
  /// as they are (bytes included).
  private static func toLower(
    _ out: inout String.UnicodeScalarView, _ s: Runes, _ type: WordType, _ word: Range<Int>,
    _ connector: Unicode.Scalar
  ) {
    if type != .upperCase && type != .connector {
      out.append(contentsOf: s.written[word])
      return
    }
    for r in s.decoded[word] {
      if isConnector(r) {
        out.append(connector)
      } else if GoUnicode.isUpper(r) {
        out.append(GoUnicode.toLower(r))
      } else {
        out.append(r)
      }
    }
  }

  private static func camelCaseToLowerCase(_ string: String, connector: Unicode.Scalar) -> String {
    let s = Runes(string)
    let n = s.count
    if n == 0 { return "" }
    var out = String.UnicodeScalarView()
    var start = 0
    var (type, end) = nextWord(s, from: start)
    // Moves to the word after the current one.
    func advance() {
      start = end
      (type, end) = nextWord(s, from: start)
    }
    while end < n {
      if type != .connector { toLower(&out, s, type, start..<end, connector) }
      let prev = type
      let last = start..<end
      advance()
      switch prev {
      case .number:
        while type == .alphabet || type == .number {
          toLower(&out, s, type, start..<end, connector)
          advance()
        }
        if type != .invalid && type != .punct && type != .connector {
          out.append(connector)
        }
      case .connector:
        toLower(&out, s, prev, last, connector)
      case .punct:
        break
      default:
        if type != .number {
          if type != .connector && type != .punct { out.append(connector) }
          break
        }
        if end >= n { break }
        let number = start..<end
        advance()
        if type != .alphabet {
          toLower(&out, s, .number, number, connector)
          if type != .connector && type != .punct { out.append(connector) }
          break
        }
        out.append(connector)
        toLower(&out, s, .number, number, connector)
        while type == .alphabet || type == .number {
          toLower(&out, s, type, start..<end, connector)
          advance()
        }
        if type != .invalid && type != .connector && type != .punct {
          out.append(connector)
        }
      }
    }
    toLower(&out, s, type, start..<end, connector)
    return String(out)
  }
}
