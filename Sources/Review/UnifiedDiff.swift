/// A line diff in unified format (`--- a`, `+++ b`, `@@ -l,n +l,n @@` hunks with `context`
/// lines of context, three by default). The edit script is Myers' O(ND) shortest edit script
/// in linear space (the middle-snake divide and conquer), so memory stays proportional to the
/// texts whatever their distance.
public enum UnifiedDiff {
  enum Edit: Equatable {
    case keep(Int, Int)
    case delete(Int)
    case insert(Int)
  }

  public static func diff(old: String, new: String, oldName: String, newName: String, context: Int = 3)
    -> String
  {
    if old == new { return "" }
    let hunks = hunks(old: lines(old), new: lines(new), context: context)
    if hunks.isEmpty { return "" }
    var out = "--- \(oldName)\n+++ \(newName)\n"
    for hunk in hunks {
      out += hunk.header + "\n"
      for line in hunk.lines {
        switch line.kind {
        case .context: out += " " + line.text + "\n"
        case .deleted: out += "-" + line.text + "\n"
        case .inserted: out += "+" + line.text + "\n"
        }
      }
    }
    return out
  }

  /// The hunks turning `old` into `new`: changed lines with up to `context` unchanged lines
  /// around them; changes closer than `2 × context` lines share a hunk.
  public static func hunks(old a: [String], new b: [String], context: Int = 3) -> [DiffHunk] {
    let edits = script(a, b)
    let context = max(0, context)
    let changes = edits.indices.filter { if case .keep = edits[$0] { false } else { true } }
    guard let first = changes.first else { return [] }
    var groups: [(Int, Int)] = []
    var start = first
    var last = first
    for index in changes.dropFirst() {
      if index - last - 1 > 2 * context {
        groups.append((start, last))
        start = index
      }
      last = index
    }
    groups.append((start, last))
    return groups.map { start, end in
      let from = max(0, start - context)
      let to = min(edits.count - 1, end + context)
      var oldStart: Int?
      var newStart: Int?
      var oldCount = 0
      var newCount = 0
      var lines: [DiffLine] = []
      // the position before the hunk, for empty ranges
      var oldBefore = 0
      var newBefore = 0
      for edit in edits[..<from] {
        switch edit {
        case .keep: (oldBefore, newBefore) = (oldBefore + 1, newBefore + 1)
        case .delete: oldBefore += 1
        case .insert: newBefore += 1
        }
      }
      for edit in edits[from...to] {
        switch edit {
        case .keep(let x, let y):
          oldStart = oldStart ?? x
          newStart = newStart ?? y
          oldCount += 1
          newCount += 1
          lines.append(DiffLine(kind: .context, text: a[x], oldLine: x + 1, newLine: y + 1))
        case .delete(let x):
          oldStart = oldStart ?? x
          oldCount += 1
          lines.append(DiffLine(kind: .deleted, text: a[x], oldLine: x + 1, newLine: nil))
        case .insert(let y):
          newStart = newStart ?? y
          newCount += 1
          lines.append(DiffLine(kind: .inserted, text: b[y], oldLine: nil, newLine: y + 1))
        }
      }
      return DiffHunk(
        oldStart: oldCount == 0 ? oldBefore : (oldStart ?? 0) + 1, oldCount: oldCount,
        newStart: newCount == 0 ? newBefore : (newStart ?? 0) + 1, newCount: newCount, lines: lines)
    }
  }

  static func lines(_ text: String) -> [String] {
    var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if parts.last == "" { parts.removeLast() }
    return parts
  }

  /// The lines of `text` (a final newline ends the last line rather than starting an empty one).
  public static func splitLines(_ text: String) -> [String] { lines(text) }

  /// Myers' shortest edit script between `a` and `b`; within a run of changes, deletions
  /// come before insertions.
  static func script(_ a: [String], _ b: [String]) -> [Edit] {
    var ids: [String: Int] = [:]
    ids.reserveCapacity(a.count + b.count)
    func intern(_ s: String) -> Int {
      if let id = ids[s] { return id }
      let id = ids.count
      ids[s] = id
      return id
    }
    return script(a.map(intern), b.map(intern))
  }

  /// The edit script over interned lines.
  static func script(_ a: [Int], _ b: [Int]) -> [Edit] {
    var builder = MyersLinearSpace(a: a, b: b)
    builder.solve(aLow: 0, aHigh: a.count, bLow: 0, bHigh: b.count)
    return normalized(builder.edits)
  }

  /// Deletions first, then insertions, in every run of changes.
  private static func normalized(_ edits: [Edit]) -> [Edit] {
    var out: [Edit] = []
    out.reserveCapacity(edits.count)
    var deletes: [Edit] = []
    var inserts: [Edit] = []
    func flush() {
      out += deletes
      out += inserts
      deletes.removeAll()
      inserts.removeAll()
    }
    for edit in edits {
      switch edit {
      case .keep:
        flush()
        out.append(edit)
      case .delete: deletes.append(edit)
      case .insert: inserts.append(edit)
      }
    }
    flush()
    return out
  }
}

/// One hunk of a line diff: its ranges in both texts and its lines.
public struct DiffHunk: Sendable, Equatable {
  /// 1-based first line in the old text (the line before the hunk when `oldCount` is 0).
  public let oldStart: Int
  public let oldCount: Int
  public let newStart: Int
  public let newCount: Int
  public let lines: [DiffLine]

  /// `@@ -l,n +l,n @@`.
  public var header: String {
    func range(_ start: Int, _ count: Int) -> String { count == 1 ? "\(start)" : "\(start),\(count)" }
    return "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@"
  }
}

/// One line of a hunk, with its 1-based line numbers in the texts it belongs to.
public struct DiffLine: Sendable, Equatable {
  public enum Kind: Sendable, Equatable { case context, deleted, inserted }
  public let kind: Kind
  public let text: String
  public let oldLine: Int?
  public let newLine: Int?
}
