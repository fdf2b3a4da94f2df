/// gobwas/glob v0.2.3's parser (`syntax/ast/parser.go`): tokens to a syntax tree. A `{`
/// opens an any-of holding one pattern, `,` starts the next pattern of the innermost
/// any-of, `}` returns to the pattern around it; a `{` left open at the end is closed
/// implicitly. Returns nil where gobwas reports an error.
enum GlobParser {
  static func parse(_ pattern: [UInt8]) -> GlobSyntaxNode? {
    var lexer = GlobLexer(pattern)
    // The patterns being built, innermost last; each entry above the root is a pattern
    // inside the any-of whose finished patterns are in `alternatives` at the same depth.
    var patterns: [[GlobSyntaxNode]] = [[]]
    var alternatives: [[GlobSyntaxNode]] = []

    func closeAnyOf() {
      let inner = patterns.removeLast()
      let options = alternatives.removeLast() + [.pattern(inner)]
      patterns[patterns.count - 1].append(.anyOf(options))
    }

    while true {
      let token = lexer.next()
      switch token.kind {
      case .eof:
        while patterns.count > 1 { closeAnyOf() }
        return .pattern(patterns[0])
      case .text:
        patterns[patterns.count - 1].append(.text(token.raw))
      case .any:
        patterns[patterns.count - 1].append(.any)
      case .super:
        patterns[patterns.count - 1].append(.super)
      case .single:
        patterns[patterns.count - 1].append(.single)
      case .rangeOpen:
        guard let node = parseRange(&lexer) else { return nil }
        patterns[patterns.count - 1].append(node)
      case .termsOpen:
        alternatives.append([])
        patterns.append([])
      case .separator:
        alternatives[alternatives.count - 1].append(.pattern(patterns.removeLast()))
        patterns.append([])
      case .termsClose:
        closeAnyOf()
      default:
        return nil
      }
    }
  }

  /// The tokens after `[` up to `]`: either one range `lo-hi` or a list of characters.
  private static func parseRange(_ lexer: inout GlobLexer) -> GlobSyntaxNode? {
    var not = false
    var lo: UInt32 = 0
    var hi: UInt32 = 0
    var chars: [UInt8] = []
    while true {
      let token = lexer.next()
      switch token.kind {
      case .eof, .error:
        return nil
      case .not:
        not = true
      case .rangeLo:
        lo = GoStringBytes.decodeRune(token.raw[...], at: 0).rune
      case .rangeHi:
        hi = GoStringBytes.decodeRune(token.raw[...], at: 0).rune
        if hi < lo { return nil }
      case .text:
        chars = token.raw
      case .rangeClose:
        let isRange = lo != 0 && hi != 0
        if chars.isEmpty != isRange { return nil }
        return isRange ? .range(lo: lo, hi: hi, not: not) : .list(chars: chars, not: not)
      default:
        break
      }
    }
  }
}
