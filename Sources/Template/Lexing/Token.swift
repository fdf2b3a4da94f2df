import GoLib

/// The kind of one lexical item of Go's template language (`parse/lex.go`'s `itemType`).
enum TokenKind: Equatable, Sendable {
  case error, bool, char, charConstant, comment, complex, assign, declare, eof
  case field, identifier, leftDelim, leftParen, number, pipe, rawString
  case rightDelim, rightParen, space, string, text, variable
  // Keywords (Go's items after `itemKeyword`).
  case block, breakKeyword, continueKeyword, dot, define, elseKeyword, end
  case ifKeyword, nilKeyword, range, template, with

  var isKeyword: Bool {
    switch self {
    case .block, .breakKeyword, .continueKeyword, .dot, .define, .elseKeyword, .end,
      .ifKeyword, .nilKeyword, .range, .template, .with:
      return true
    default: return false
    }
  }

  static let keywords: [String: TokenKind] = [
    ".": .dot, "block": .block, "break": .breakKeyword, "continue": .continueKeyword,
    "define": .define, "else": .elseKeyword, "end": .end, "if": .ifKeyword,
    "range": .range, "nil": .nilKeyword, "template": .template, "with": .with,
  ]
}

/// One positioned lexical item: its kind, byte offset, text and 1-based line.
struct Token: Sendable {
  var kind: TokenKind
  var pos: Int
  var value: String
  var line: Int

  /// Go's `item.String()`, as parse errors print a token.
  var description: String {
    if kind == .eof { return "EOF" }
    if kind == .error { return value }
    if kind.isKeyword { return "<\(value)>" }
    if value.unicodeScalars.count > 10 {
      return GoStrconv.quote(String(String.UnicodeScalarView(value.unicodeScalars.prefix(10)))) + "..."
    }
    return GoStrconv.quote(value)
  }
}
