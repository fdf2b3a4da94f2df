/// huandu/xstrings v1.5 case conversions (`camelcase`, `snakecase`, `kebabcase`), word
/// splitting included, so that `HTTPServer` → `http_server` and `Two  Spaces` →
/// `Two Spaces` come out as in Go.
enum XStringsCase {
  private static func isConnector(_ r: Unicode.Scalar) -> Bool {
    r == "-" || r == "_" || GoUnicode.isSpace(r)
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
  static func camelCase(_ s: String) -> String {
    let runes = Array(s.unicodeScalars)
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

  private struct Word {
    var type: WordType
    var runes: ArraySlice<Unicode.Scalar>
  }

  private static func nextWord(_ s: ArraySlice<Unicode.Scalar>) -> (Word, ArraySlice<Unicode.Scalar>) {
    guard let first = s.first else { return (Word(type: .invalid, runes: []), []) }
    var end = s.startIndex + 1
    let type: WordType
    func extend(while predicate: (Unicode.Scalar) -> Bool) {
      while end < s.endIndex, predicate(s[end]) { end += 1 }
    }
    if isConnector(first) {
      type = .connector
      extend(while: isConnector)
    } else if GoUnicode.isPunct(first) {
      type = .punct
      extend(while: GoUnicode.isPunct)
    } else if GoUnicode.isUpper(first) {
      type = .upperCase
      if end < s.endIndex {
        let r = s[end]
        if GoUnicode.isUpper(r) {
          end += 1
          extend(while: GoUnicode.isUpper)
          // "HTTPStatus": the last upper-case rune starts the next word.
          if end < s.endIndex && isAlphabet(s[end]) { end -= 1 }
        } else if isAlphabet(r) {
          end += 1
          extend { isAlphabet($0) && !GoUnicode.isUpper($0) }
        }
      }
    } else if isAlphabet(first) {
      type = .alphabet
      extend { isAlphabet($0) && !GoUnicode.isUpper($0) }
    } else if GoUnicode.isNumber(first) {
      type = .number
      extend(while: GoUnicode.isNumber)
    } else {
      type = .other
      extend { !(isConnector($0) || isAlphabet($0) || GoUnicode.isNumber($0) || GoUnicode.isPunct($0)) }
    }
    return (Word(type: type, runes: s[s.startIndex..<end]), s[end...])
  }

  private static func toLower(
    _ out: inout String.UnicodeScalarView, _ word: Word, _ connector: Unicode.Scalar
  ) {
    if word.type != .upperCase && word.type != .connector {
      out.append(contentsOf: word.runes)
      return
    }
    for r in word.runes {
      if isConnector(r) {
        out.append(connector)
      } else if GoUnicode.isUpper(r) {
        out.append(GoUnicode.toLower(r))
      } else {
        out.append(r)
      }
    }
  }

  private static func camelCaseToLowerCase(_ s: String, connector: Unicode.Scalar) -> String {
    let all = Array(s.unicodeScalars)
    if all.isEmpty { return "" }
    var out = String.UnicodeScalarView()
    var (word, remaining) = nextWord(all[...])
    while !remaining.isEmpty {
      if word.type != .connector { toLower(&out, word, connector) }
      let prev = word
      (word, remaining) = nextWord(remaining)
      switch prev.type {
      case .number:
        while word.type == .alphabet || word.type == .number {
          toLower(&out, word, connector)
          (word, remaining) = nextWord(remaining)
        }
        if word.type != .invalid && word.type != .punct && word.type != .connector {
          out.append(connector)
        }
      case .connector:
        toLower(&out, prev, connector)
      case .punct:
        break
      default:
        if word.type != .number {
          if word.type != .connector && word.type != .punct { out.append(connector) }
          break
        }
        if remaining.isEmpty { break }
        let last = word
        (word, remaining) = nextWord(remaining)
        if word.type != .alphabet {
          toLower(&out, Word(type: .number, runes: last.runes), connector)
          if word.type != .connector && word.type != .punct { out.append(connector) }
          break
        }
        out.append(connector)
        toLower(&out, Word(type: .number, runes: last.runes), connector)
        while word.type == .alphabet || word.type == .number {
          toLower(&out, word, connector)
          (word, remaining) = nextWord(remaining)
        }
        if word.type != .invalid && word.type != .connector && word.type != .punct {
          out.append(connector)
        }
      }
    }
    toLower(&out, word, connector)
    return String(out)
  }
}
