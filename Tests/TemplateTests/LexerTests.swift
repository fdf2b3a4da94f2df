import Testing

@testable import Template

@Suite struct LexerTests {
  func kinds(_ text: String) -> [TokenKind] { Lexer.tokenize(text).tokens.map(\.kind) }
  func values(_ text: String) -> [String] {
    let lexed = Lexer.tokenize(text)
    return lexed.tokens.filter {
      $0.kind != .space && $0.kind != .leftDelim && $0.kind != .rightDelim && $0.kind != .eof
    }
    .map(lexed.text(of:))
  }
  /// The text of the last token (an error token's message).
  func last(_ text: String) -> String? {
    let lexed = Lexer.tokenize(text)
    return lexed.tokens.last.map(lexed.text(of:))
  }

  @Test func minusNumberIsNotATrimMarker() {
    #expect(values("{{-3}}") == ["-3"])
    #expect(kinds("{{-3}}") == [.leftDelim, .number, .rightDelim, .eof])
  }

  @Test func trimMarkersEatSurroundingSpace() {
    let lexed = Lexer.tokenize("a \n {{- 1 -}} \n b")
    #expect(lexed.tokens.filter { $0.kind == .text }.map(lexed.text(of:)) == ["a", "b"])
  }

  @Test func commentsVanish() {
    #expect(kinds("a{{/* c */}}b") == [.text, .text, .eof])
    #expect(last("{{/* c }}") == "unclosed comment")
    #expect(last("{{/* c */ 1}}") == "comment ends before closing delimiter")
  }

  @Test func numberForms() {
    #expect(
      values("{{ 0x1F 0o17 017 0b101 1_000 1e3 .5 -2 'a' '\\n' 1i }}")
        == ["0x1F", "0o17", "017", "0b101", "1_000", "1e3", ".5", "-2", "'a'", "'\\n'", "1i"])
    #expect(last("{{ 3x }}") == "bad number syntax: \"3x\"")
  }

  @Test func stringsFieldsVariablesKeywords() {
    let t = Lexer.tokenize("{{ $x := .a.b | printf \"%s\" `raw` nil true else }}").tokens.filter {
      $0.kind != .space
    }
    #expect(
      t.map(\.kind) == [
        .leftDelim, .variable, .declare, .field, .field, .pipe, .identifier, .string, .rawString, .nilKeyword,
        .bool,
        .elseKeyword, .rightDelim, .eof,
      ])
  }

  @Test func positionsAreByteOffsetsAndLines() {
    let t = Lexer.tokenize("é\n{{ .x }}").tokens
    let field = t.first { $0.kind == .field }
    #expect(field?.pos == 6)
    #expect(field?.line == 2)
  }

  @Test func errors() {
    #expect(last("{{ \"abc }}") == "unterminated quoted string")
    #expect(last("{{ `abc }}") == "unterminated raw quoted string")
    #expect(last("{{ 1 ") == "unclosed action")
    #expect(last("{{ ( 1 }}") == "unclosed left paren")
    #expect(last("{{ ) }}") == "unexpected right paren")
    #expect(last("{{ : }}") == "expected :=")
  }
}
