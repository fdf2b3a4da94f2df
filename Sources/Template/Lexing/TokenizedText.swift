import GoLib

/// A template's UTF-8 bytes with the tokens the lexer found in them, each a byte range
/// of the bytes: a token's text becomes a String only where the parser needs one.
struct TokenizedText: Sendable {
  let bytes: [UInt8]
  /// The tokens in order; the last is `.eof` or `.error`.
  let tokens: [Token]
  /// The message of the final `.error` token (empty when lexing reached the end).
  let errorMessage: String

  /// The token's text, as Go's `item.val` holds it (an error token's is its message).
  func text(of token: Token) -> String {
    if token.kind == .error { return errorMessage }
    return withBytes(of: token) { String(decoding: $0, as: UTF8.self) }
  }

  /// Calls `body` with the token's bytes.
  func withBytes<R>(of token: Token, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[token.pos..<token.end])) }
  }

  /// The token's first byte (0 for an empty token).
  func firstByte(of token: Token) -> UInt8 { token.end > token.pos ? bytes[token.pos] : 0 }

  /// Go's `item.String()`, as parse errors print a token.
  func description(of token: Token) -> String {
    if token.kind == .eof { return "EOF" }
    let value = text(of: token)
    if token.kind == .error { return value }
    if token.kind.isKeyword { return "<\(value)>" }
    if value.unicodeScalars.count > 10 {
      return GoStrconv.quote(String(String.UnicodeScalarView(value.unicodeScalars.prefix(10)))) + "..."
    }
    return GoStrconv.quote(value)
  }
}
