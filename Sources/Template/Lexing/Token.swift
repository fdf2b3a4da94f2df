import Foundation

/// The kind of one lexical item of Go's template language (`parse/lex.go`'s `itemType`).
enum TokenKind: UInt8, Equatable, Sendable {
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

  /// The keyword spelled by `word` (Go's `key` table without `.`, which the lexer finds
  /// itself), compared byte by byte: no String is made for a word.
  static func keyword(_ word: UnsafeBufferPointer<UInt8>) -> TokenKind? {
    func spells(_ name: StaticString) -> Bool { word.spells(name) }
    guard let first = word.first else { return nil }
    switch first {
    case UInt8(ascii: "b"):
      if spells("block") { return .block }
      if spells("break") { return .breakKeyword }
    case UInt8(ascii: "c"): if spells("continue") { return .continueKeyword }
    case UInt8(ascii: "d"): if spells("define") { return .define }
    case UInt8(ascii: "e"):
      if spells("else") { return .elseKeyword }
      if spells("end") { return .end }
    case UInt8(ascii: "i"): if spells("if") { return .ifKeyword }
    case UInt8(ascii: "n"): if spells("nil") { return .nilKeyword }
    case UInt8(ascii: "r"): if spells("range") { return .range }
    case UInt8(ascii: "t"): if spells("template") { return .template }
    case UInt8(ascii: "w"): if spells("with") { return .with }
    default: break
    }
    return nil
  }
}

/// One positioned lexical item: its kind, the byte range `pos..<end` of its text in the
/// template's UTF-8 (`TokenizedText` makes the text a String only where one is needed),
/// and its 1-based line.
///
/// Sixteen bytes (offsets and line as 32-bit numbers: a template is far below 4 GiB, the
/// chart loader's limits see to it): the parser reads each token several times over, and a
/// chart's templates make tens of thousands of them.
struct Token: Sendable {
  var kind: TokenKind
  private var start: UInt32
  private var stop: UInt32
  private var lineNumber: UInt32

  init(kind: TokenKind, pos: Int, end: Int, line: Int) {
    self.kind = kind
    self.start = UInt32(truncatingIfNeeded: pos)
    self.stop = UInt32(truncatingIfNeeded: end)
    self.lineNumber = UInt32(truncatingIfNeeded: line)
  }

  var pos: Int { Int(start) }
  var end: Int { Int(stop) }
  var line: Int { Int(lineNumber) }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether these bytes are `name`'s UTF-8.
  func spells(_ name: StaticString) -> Bool {
    name.utf8CodeUnitCount == count
      && name.withUTF8Buffer { name in memcmp(name.baseAddress!, baseAddress!, count) == 0 }
  }
}
