import GoLib
import Testing

/// `GoJoin.join` is Go's `strings.Join`: the separator between elements only.
struct GoJoinTests {
  @Test(
    arguments: [
      ([], ""),
      (["a"], "a"),
      (["a", "b"], "a; b"),
      (["", ""], "; "),
      (["x", "", "z"], "x; ; z"),
    ] as [([String], String)])
  func joinsWithTheSeparatorBetween(elements: [String], joined: String) {
    #expect(GoJoin.join(elements, "; ") == joined)
    #expect(GoJoin.join(elements, "; ") == elements.joined(separator: "; "))
  }
}
