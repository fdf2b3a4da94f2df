/// A line diff in unified format (`--- a`, `+++ b`, `@@ -l,n +l,n @@` hunks with three
/// lines of context), computed with Myers' O(ND) algorithm.
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
    let a = lines(old)
    let b = lines(new)
    let edits = script(a, b)
    var out = "--- \(oldName)\n+++ \(newName)\n"
    var i = 0
    while i < edits.count {
      guard
        let start = edits[i...].firstIndex(where: { if case .keep = $0 { return false } else { return true } }
        )
      else { break }
      var end = start
      // Extend the hunk while changes are within 2*context lines of each other.
      var j = start
      var lastChange = start
      while j < edits.count {
        if case .keep = edits[j] {
          if j - lastChange > 2 * context { break }
        } else {
          lastChange = j
        }
        j += 1
      }
      end = min(edits.count, lastChange + context + 1)
      let from = max(i, start - context)
      let hunk = Array(edits[from..<end])
      out += header(hunk, a: a, b: b)
      for edit in hunk {
        switch edit {
        case .keep(let x, _): out += " " + a[x] + "\n"
        case .delete(let x): out += "-" + a[x] + "\n"
        case .insert(let y): out += "+" + b[y] + "\n"
        }
      }
      i = end
    }
    return out
  }

  private static func header(_ hunk: [Edit], a: [String], b: [String]) -> String {
    var oldStart: Int?
    var newStart: Int?
    var oldCount = 0
    var newCount = 0
    for edit in hunk {
      switch edit {
      case .keep(let x, let y):
        oldStart = oldStart ?? x
        newStart = newStart ?? y
        oldCount += 1
        newCount += 1
      case .delete(let x):
        oldStart = oldStart ?? x
        oldCount += 1
      case .insert(let y):
        newStart = newStart ?? y
        newCount += 1
      }
    }
    func range(_ start: Int?, _ count: Int, fallback: Int) -> String {
      let s = count == 0 ? (start ?? fallback) : (start ?? 0) + 1
      return count == 1 ? "\(s)" : "\(s),\(count)"
    }
    let firstOld = hunk.compactMap { e -> Int? in
      if case .keep(let x, _) = e {
        return x
      } else if case .delete(let x) = e {
        return x
      } else {
        return nil
      }
    }.first
    let firstNew = hunk.compactMap { e -> Int? in
      if case .keep(_, let y) = e {
        return y
      } else if case .insert(let y) = e {
        return y
      } else {
        return nil
      }
    }.first
    return
      "@@ -\(range(oldStart ?? firstOld, oldCount, fallback: 0)) +\(range(newStart ?? firstNew, newCount, fallback: 0)) @@\n"
  }

  static func lines(_ text: String) -> [String] {
    var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if parts.last == "" { parts.removeLast() }
    return parts
  }

  /// Myers' shortest edit script between `a` and `b`.
  static func script(_ a: [String], _ b: [String]) -> [Edit] {
    let n = a.count
    let m = b.count
    let maxD = n + m
    if maxD == 0 { return [] }
    var v = [Int](repeating: 0, count: 2 * maxD + 2)
    var trace: [[Int]] = []
    let offset = maxD + 1
    outer: for d in 0...maxD {
      trace.append(v)
      for k in stride(from: -d, through: d, by: 2) {
        var x: Int
        if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
          x = v[offset + k + 1]
        } else {
          x = v[offset + k - 1] + 1
        }
        var y = x - k
        while x < n && y < m && a[x] == b[y] {
          x += 1
          y += 1
        }
        v[offset + k] = x
        if x >= n && y >= m { break outer }
      }
    }
    var edits: [Edit] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let v = trace[d]
      let k = x - y
      let prevK: Int
      if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
        prevK = k + 1
      } else {
        prevK = k - 1
      }
      let prevX = d == 0 ? 0 : v[offset + prevK]
      let prevY = prevX - prevK
      while x > prevX && y > prevY {
        x -= 1
        y -= 1
        edits.append(.keep(x, y))
      }
      if d > 0 {
        if x == prevX {
          y -= 1
          edits.append(.insert(y))
        } else {
          x -= 1
          edits.append(.delete(x))
        }
      }
    }
    return edits.reversed()
  }
}
