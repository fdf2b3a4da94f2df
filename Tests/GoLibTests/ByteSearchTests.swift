import GoLib
import Testing

/// `ByteSearch` against Go's `strings.Index` on a table of cases (byte offsets, -1 when
/// absent), including multi-byte text, bytes after a partial match and search starts.
@Suite struct ByteSearchTests {
  /// (haystack, needle, from, Go's strings.Index(haystack[from:], needle) + from or -1)
  static let cases: [(String, String, Int, Int)] = [
    ("", "", 0, 0), ("abc", "", 0, 0), ("abc", "", 3, 3), ("", "a", 0, -1),
    ("abc", "a", 0, 0), ("abc", "c", 0, 2), ("abc", "abc", 0, 0), ("abc", "abcd", 0, -1),
    ("aab", "ab", 0, 1), ("aaab", "aab", 0, 1), ("abab", "ab", 1, 2), ("abab", "ab", 3, -1),
    ("1e+06 and 2e-07", "e-", 0, 11), ("x%!d(string=a)", "%!", 0, 1), ("{{ a }}{{ b }}", "{{", 2, 7),
    ("héllo wörld", "wö", 0, 7), ("日本語の本", "本", 0, 3), ("日本語の本", "本", 4, 12),
    ("\u{0}a\u{0}b", "\u{0}b", 0, 2), ("a\r\nb", "\nb", 0, 2), ("aaaa", "aaaaa", 0, -1),
  ]

  @Test(arguments: cases) func offsetsAsGo(_ c: (String, String, Int, Int)) {
    #expect(ByteSearch.offset(of: c.1, in: c.0, from: c.2) ?? -1 == c.3)
    #expect(ByteSearch.contains(c.0, c.1) == (c.2 == 0 ? c.3 >= 0 : ByteSearch.contains(c.0, c.1)))
  }

  @Test func rangesAreStringIndices() throws {
    let text = "prefix éé <No Value> and <nil>"
    let r = try #require(ByteSearch.range(of: "éé", in: text))
    #expect(text[r] == "éé")
    let sub = text.dropFirst(3)
    let s = try #require(ByteSearch.range(of: "<nil>", in: sub, from: sub.startIndex))
    #expect(sub[s] == "<nil>")
    #expect(ByteSearch.range(of: "prefix", in: text, from: text.index(after: text.startIndex)) == nil)
    let folded = try #require(ByteSearch.rangeIgnoringASCIICase(of: "<no value>", in: text))
    #expect(text[folded] == "<No Value>")
    #expect(ByteSearch.rangeIgnoringASCIICase(of: "<none>", in: text) == nil)
  }
}
