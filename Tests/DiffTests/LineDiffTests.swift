import Review
import Testing

/// The linear-space Myers diff: its hunks rebuild both texts and its edit script is minimal
/// (as long as the longest common subsequence allows), checked against a dynamic-programming LCS.
@Suite struct LineDiffTests {
  /// A small deterministic generator (tests never depend on the clock or system randomness).
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  static func lcs(_ a: [String], _ b: [String]) -> Int {
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    return table[0][0]
  }

  @Test func randomTextsRebuildAndAreMinimal() {
    var generator = Generator(state: 42)
    for _ in 0..<300 {
      let a = (0..<generator.next(40)).map { _ in "l\(generator.next(6))" }
      let b = (0..<generator.next(40)).map { _ in "l\(generator.next(6))" }
      let hunks = UnifiedDiff.hunks(old: a, new: b, context: 1_000)
      let lines = hunks.flatMap(\.lines)
      let changes = lines.filter { $0.kind != .context }.count
      #expect(changes == a.count + b.count - 2 * Self.lcs(a, b), "\(a) → \(b)")
      if !hunks.isEmpty {
        #expect(lines.filter { $0.kind != .inserted }.map(\.text) == a)
        #expect(lines.filter { $0.kind != .deleted }.map(\.text) == b)
      } else {
        #expect(a == b)
      }
    }
  }

  @Test func hunkNumbersFollowTheTexts() {
    let a = (1...40).map { "x\($0)" }
    var b = a
    b.remove(at: 9)
    b.insert("new", at: 30)
    for hunk in UnifiedDiff.hunks(old: a, new: b, context: 2) {
      var old = hunk.oldStart
      var new = hunk.newStart
      for line in hunk.lines {
        if let n = line.oldLine {
          #expect(n == old)
          #expect(a[n - 1] == line.text)
          old += 1
        }
        if let n = line.newLine {
          #expect(n == new)
          #expect(b[n - 1] == line.text)
          new += 1
        }
      }
    }
  }
}
