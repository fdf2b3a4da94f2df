import Testing

@testable import GoLib

/// The unanchored search skips positions where no match can begin (`RegexStartCharacters`);
/// it must find what the search from every position finds: the same leftmost-first match
/// and submatches, from every starting offset, on patterns whose start is a literal, a
/// class, an alternation, an optional part, an assertion, a case-folded character or an
/// empty match, over inputs mixing the characters they name with others (ASCII and not).
@Suite struct RegexStartCharactersTests {
  static let patterns = [
    "(-?[^a-z\\d\\-])+-?", "[^A-Za-z0-9]+$", "\\W", "foo|bar", "a?b", "x*", "(?i)k8s", "\\bword\\b", "^ab",
    "b$",
    "[[:upper:]]+", "é+", "(a|)b", ".+", "(?s).", "\\d{2,3}", "(?m)^x", "\\pL+", "[^\\x00-\\x7F]",
    "z(?:y|x)?",
  ]
  static let alphabet: [Unicode.Scalar] = [
    "a", "b", "-", "_", "x", "y", "z", "K", "8", "s", " ", "\n", "é", "É", "1", "o",
  ]

  @Test(arguments: patterns)
  func skippingFindsWhatEveryPositionFinds(pattern: String) throws {
    let filtered = try RegexProgram.compile(pattern)
    let reference = RegexProgram(
      insts: filtered.insts, captureCount: filtered.captureCount, names: filtered.names,
      filteringStarts: false)
    var state: UInt64 = 0xC0FFEE
    for _ in 0..<600 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      var input: [Unicode.Scalar] = []
      for _ in 0..<Int((state >> 33) % 12) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        input.append(Self.alphabet[Int((state >> 33) % UInt64(Self.alphabet.count))])
      }
      for from in 0...input.count {
        let got = filtered.match(input, from: from)
        let expected = reference.match(input, from: from)
        #expect(
          got == expected,
          "\(pattern) on \(String(String.UnicodeScalarView(input)).debugDescription) from \(from)")
        if got != expected { return }
      }
    }
  }

  @Test func anEmptyMatchLeavesEveryPositionSearched() throws {
    #expect(try RegexProgram.compile("x*").start == nil)
    #expect(try RegexProgram.compile("(a|)b").start != nil)
    #expect(try RegexProgram.compile("\\W").start != nil)
  }
}
