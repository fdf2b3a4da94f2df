import Testing

@testable import GoLib

/// `GoByteSplit` splits and replaces as a plain left-to-right scan does (Go's
/// `strings.SplitN` and `strings.Replace`): overlapping candidates (`aa` in `aaaaa`), a
/// separator at either end, a first byte that recurs inside the separator, limits, and
/// multi-byte text.
@Suite struct GoByteSplitTests {
  /// The reference: try a match at every byte, take it, skip past it.
  static func naivePieces(_ s: [UInt8], _ sep: [UInt8], _ limit: Int) -> [[UInt8]] {
    var pieces: [[UInt8]] = []
    var start = 0
    var i = 0
    while i + sep.count <= s.count {
      if limit > 0 && pieces.count == limit - 1 { break }
      if Array(s[i..<(i + sep.count)]) == sep {
        pieces.append(Array(s[start..<i]))
        i += sep.count
        start = i
      } else {
        i += 1
      }
    }
    pieces.append(Array(s[start...]))
    return pieces
  }

  static let texts = [
    "", "a", "aa", "aaaaa", "abab", "ababab", "xabx", "abcabdabc", "a-b--c---d", "--", "-", "é-é--é",
    "日本-語--",
    String(repeating: "ab-", count: 100) + "tail",
  ]
  static let separators = [
    "a", "aa", "ab", "aba", "-", "--", "---", "é", "語-", "abc", "zz", String(repeating: "ab-", count: 3),
  ]

  @Test func piecesAreTheNaiveScans() {
    for text in Self.texts {
      for sep in Self.separators {
        for limit in [-1, 0, 1, 2, 3] {
          let got = GoByteSplit.pieces(of: Array(text.utf8), separator: Array(sep.utf8), limit: limit).map(
            Array.init)
          let want = Self.naivePieces(Array(text.utf8), Array(sep.utf8), limit)
          #expect(got == want, "\(text.debugDescription) / \(sep.debugDescription) / \(limit)")
        }
      }
    }
  }

  @Test func replacingAllJoinsTheNaivePieces() {
    for text in Self.texts {
      for sep in Self.separators {
        for new in ["", "X", "<<>>", "é", sep] {
          let want = Self.naivePieces(Array(text.utf8), Array(sep.utf8), -1)
            .map { String(decoding: $0, as: UTF8.self) }.joined(separator: new)
          #expect(GoByteSplit.replacingAll(sep, with: new, in: text) == want, "\(text.debugDescription)")
        }
      }
    }
  }

  @Test func emptySeparatorGivesTheTextWhole() {
    #expect(GoByteSplit.pieces(of: Array("abc".utf8), separator: []).map(Array.init) == [Array("abc".utf8)])
  }
}
