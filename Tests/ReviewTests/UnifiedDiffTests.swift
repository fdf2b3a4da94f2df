import Review
import Testing

@Suite struct UnifiedDiffTests {
  @Test func identicalTextsHaveNoDiff() {
    #expect(UnifiedDiff.diff(old: "a\nb\n", new: "a\nb\n", oldName: "a", newName: "b") == "")
  }

  @Test func oneChangedLineWithContext() {
    let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
    let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
    let diff = UnifiedDiff.diff(old: old, new: new, oldName: "a/x", newName: "b/x")
    #expect(
      diff == """
        --- a/x
        +++ b/x
        @@ -2,7 +2,7 @@
         line 2
         line 3
         line 4
        -line 5
        +line five
         line 6
         line 7
         line 8

        """)
  }

  @Test func insertionsIntoEmptyText() {
    #expect(
      UnifiedDiff.diff(old: "", new: "x\n", oldName: "a", newName: "b") == "--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n"
    )
  }

  @Test func distantChangesMakeTwoHunks() {
    let old = (1...30).map { "l\($0)" }.joined(separator: "\n") + "\n"
    let new = old.replacingOccurrences(of: "l2\n", with: "L2\n").replacingOccurrences(
      of: "l28\n", with: "L28\n")
    let diff = UnifiedDiff.diff(old: old, new: new, oldName: "a", newName: "b")
    #expect(diff.components(separatedBy: "\n@@ -").count - 1 == 2)
    #expect(diff.contains("@@ -1,5 +1,5 @@"))
    #expect(diff.contains("@@ -25,6 +25,6 @@"))
  }
}
