/// The rows of a side-by-side diff: unchanged lines on both sides, a run of deleted lines
/// next to the run of inserted lines that replaced it, and one row per hunk header.
enum SideBySideRows {
  enum Row: Equatable {
    case hunk(String)
    /// Old line (number, text) and new line (number, text); nil for an empty cell.
    case lines(old: (Int, String)?, new: (Int, String)?, changed: Bool)

    static func == (a: Row, b: Row) -> Bool {
      switch (a, b) {
      case (.hunk(let x), .hunk(let y)): return x == y
      case (.lines(let o1, let n1, let c1), .lines(let o2, let n2, let c2)):
        return o1?.0 == o2?.0 && o1?.1 == o2?.1 && n1?.0 == n2?.0 && n1?.1 == n2?.1 && c1 == c2
      default: return false
      }
    }
  }

  static func rows(old: String, new: String, context: Int) -> [Row] {
    var rows: [Row] = []
    for hunk in UnifiedDiff.hunks(
      old: UnifiedDiff.splitLines(old), new: UnifiedDiff.splitLines(new), context: context)
    {
      rows.append(.hunk(hunk.header))
      var deleted: [DiffLine] = []
      var inserted: [DiffLine] = []
      func flush() {
        for i in 0..<max(deleted.count, inserted.count) {
          let d = i < deleted.count ? deleted[i] : nil
          let n = i < inserted.count ? inserted[i] : nil
          rows.append(
            .lines(
              old: d.map { ($0.oldLine ?? 0, $0.text) }, new: n.map { ($0.newLine ?? 0, $0.text) },
              changed: true))
        }
        deleted.removeAll()
        inserted.removeAll()
      }
      for line in hunk.lines {
        switch line.kind {
        case .context:
          flush()
          rows.append(
            .lines(old: (line.oldLine ?? 0, line.text), new: (line.newLine ?? 0, line.text), changed: false))
        case .deleted: deleted.append(line)
        case .inserted: inserted.append(line)
        }
      }
      flush()
    }
    return rows
  }
}
