import Values

/// A glob as `.Files.Glob` compiles it: gobwas/glob v0.2.3 with `/` as separator (`*` and
/// `?` stay within a path segment, `**` crosses segments, `[abc]`, `[!a-z]`, `{a,b}`, `\`
/// escapes). The pattern goes through gobwas's lexer, parser and compiler, and names are
/// matched by its matchers over their bytes, so that names with multi-byte runes or bytes
/// that are not UTF-8 are selected exactly as Helm selects them.
public struct GlobPattern: Sendable {
  /// Go panicked while matching (Helm reports it as the error of `Glob`).
  public struct MatchPanic: Error, CustomStringConvertible {
    public let description: String
  }

  let matcher: GlobMatcher

  /// Compiles `pattern`; nil when gobwas/glob refuses it (Helm then matches everything).
  public init?(_ pattern: String) {
    guard let tree = GlobParser.parse(GoByteString.bytes(pattern)) else { return nil }
    matcher = GlobCompiler.compile(tree, separators: [UInt32(UInt8(ascii: "/"))])
  }

  private init(matcher: GlobMatcher) {
    self.matcher = matcher
  }

  /// `**` without separators, the pattern Helm falls back to: every name.
  public static let everything = GlobPattern(matcher: .super)

  /// Whether gobwas matches `name` (Go's bytes for it).
  public func matches(_ name: String) throws(MatchPanic) -> Bool {
    let bytes = GoByteString.bytes(name)[...]
    var matching = GlobMatching(name: bytes)
    do {
      return try matching.matches(matcher, bytes)
    } catch {
      throw MatchPanic(description: error.message)
    }
  }
}
