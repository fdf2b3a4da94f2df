import Testing

@testable import Template

@Suite struct LexerTests {
  func kinds(_ text: String) -> [TokenKind] { Lexer.tokenize(text).map(\.kind) }
  func values(_ text: String) -> [String] {
    Lexer.tokenize(text).filter {
      $0.kind != .space && $0.kind != .leftDelim && $0.kind != .rightDelim && $0.kind != .eof
    }
    .map(\.value)
  }

  @Test func minusNumberIsNotATrimMarker() {
    #expect(values("{{-3}}") == ["-3"])
    #expect(kinds("{{-3}}") == [.leftDelim, .number, .rightDelim, .eof])
  }

  @Test func trimMarkersEatSurroundingSpace() {
    let t = Lexer.tokenize("a \n {{- 1 -}} \n b")
    #expect(t.filter { $0.kind == .text }.map(\.value) == ["a", "b"])
  }

  @Test func commentsVanish() {
    #expect(kinds("a{{/* c */}}b") == [.text, .text, .eof])
    #expect(Lexer.tokenize("{{/* c }}").last?.value == "unclosed comment")
    #expect(Lexer.tokenize("{{/* c */ 1}}").last?.value == "comment ends before closing delimiter")
  }

  @Test func numberForms() {
    #expect(
      values("{{ 0x1F 0o17 017 0b101 1_000 1e3 .5 -2 'a' '\\n' 1i }}")
        == ["0x1F", "0o17", "017", "0b101", "1_000", "1e3", ".5", "-2", "'a'", "'\\n'", "1i"])
    #expect(Lexer.tokenize("{{ 3x }}").last?.value == "bad number syntax: \"3x\"")
  }

  @Test func stringsFieldsVariablesKeywords() {
    let t = Lexer.tokenize("{{ $x := .a.b | printf \"%s\" `raw` nil true else }}").filter {
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
    let t = Lexer.tokenize("é\n{{ .x }}")
    let field = t.first { $0.kind == .field }
    #expect(field?.pos == 6)
    #expect(field?.line == 2)
  }

  @Test func errors() {
    #expect(Lexer.tokenize("{{ \"abc }}").last?.value == "unterminated quoted string")
    #expect(Lexer.tokenize("{{ `abc }}").last?.value == "unterminated raw quoted string")
    #expect(Lexer.tokenize("{{ 1 ").last?.value == "unclosed action")
    #expect(Lexer.tokenize("{{ ( 1 }}").last?.value == "unclosed left paren")
    #expect(Lexer.tokenize("{{ ) }}").last?.value == "unexpected right paren")
    #expect(Lexer.tokenize("{{ : }}").last?.value == "expected :=")
  }
}
