/// Myers' shortest edit script in linear space: find the middle snake of the optimal path
/// by searching forward and backward at once, then solve both halves recursively (common
/// prefixes and suffixes are taken first). Memory is O(N + M) whatever the distance.
struct MyersLinearSpace {
  let a: [Int]
  let b: [Int]
  private(set) var edits: [UnifiedDiff.Edit] = []

  init(a: [Int], b: [Int]) {
    self.a = a
    self.b = b
    edits.reserveCapacity(max(a.count, b.count))
  }

  mutating func solve(aLow: Int, aHigh: Int, bLow: Int, bHigh: Int) {
    var aLow = aLow
    var bLow = bLow
    while aLow < aHigh && bLow < bHigh && a[aLow] == b[bLow] {
      edits.append(.keep(aLow, bLow))
      aLow += 1
      bLow += 1
    }
    var aEnd = aHigh
    var bEnd = bHigh
    while aEnd > aLow && bEnd > bLow && a[aEnd - 1] == b[bEnd - 1] {
      aEnd -= 1
      bEnd -= 1
    }
    if aLow == aEnd {
      for y in bLow..<bEnd { edits.append(.insert(y)) }
    } else if bLow == bEnd {
      for x in aLow..<aEnd { edits.append(.delete(x)) }
    } else if let (x, y) = middle(aLow: aLow, aHigh: aEnd, bLow: bLow, bHigh: bEnd),
      (x, y) != (aLow, bLow) && (x, y) != (aEnd, bEnd)
    {
      solve(aLow: aLow, aHigh: x, bLow: bLow, bHigh: y)
      solve(aLow: x, aHigh: aEnd, bLow: y, bHigh: bEnd)
    } else {
      for x in aLow..<aEnd { edits.append(.delete(x)) }
      for y in bLow..<bEnd { edits.append(.insert(y)) }
    }
    var x = aEnd
    var y = bEnd
    while x < aHigh {
      edits.append(.keep(x, y))
      x += 1
      y += 1
    }
  }

  /// A point (x, y) on an optimal path strictly inside the box (as diff-match-patch's bisect).
  private func middle(aLow: Int, aHigh: Int, bLow: Int, bHigh: Int) -> (Int, Int)? {
    let n = aHigh - aLow
    let m = bHigh - bLow
    let maxD = (n + m + 1) / 2
    let offset = maxD
    let length = 2 * maxD + 2
    var forward = [Int](repeating: -1, count: length)
    var backward = [Int](repeating: -1, count: length)
    forward[offset + 1] = 0
    backward[offset + 1] = 0
    let delta = n - m
    let front = delta % 2 != 0
    var k1start = 0
    var k1end = 0
    var k2start = 0
    var k2end = 0
    for d in 0..<maxD {
      var k1 = -d + k1start
      while k1 <= d - k1end {
        let k1Offset = offset + k1
        var x1: Int
        if k1 == -d || (k1 != d && forward[k1Offset - 1] < forward[k1Offset + 1]) {
          x1 = forward[k1Offset + 1]
        } else {
          x1 = forward[k1Offset - 1] + 1
        }
        var y1 = x1 - k1
        while x1 < n && y1 < m && a[aLow + x1] == b[bLow + y1] {
          x1 += 1
          y1 += 1
        }
        forward[k1Offset] = x1
        if x1 > n {
          k1end += 2
        } else if y1 > m {
          k1start += 2
        } else if front {
          let k2Offset = offset + delta - k1
          if k2Offset >= 0 && k2Offset < length && backward[k2Offset] != -1 {
            let x2 = n - backward[k2Offset]
            if x1 >= x2 { return (aLow + x1, bLow + y1) }
          }
        }
        k1 += 2
      }
      var k2 = -d + k2start
      while k2 <= d - k2end {
        let k2Offset = offset + k2
        var x2: Int
        if k2 == -d || (k2 != d && backward[k2Offset - 1] < backward[k2Offset + 1]) {
          x2 = backward[k2Offset + 1]
        } else {
          x2 = backward[k2Offset - 1] + 1
        }
        var y2 = x2 - k2
        while x2 < n && y2 < m && a[aLow + n - x2 - 1] == b[bLow + m - y2 - 1] {
          x2 += 1
          y2 += 1
        }
        backward[k2Offset] = x2
        if x2 > n {
          k2end += 2
        } else if y2 > m {
          k2start += 2
        } else if !front {
          let k1Offset = offset + delta - k2
          if k1Offset >= 0 && k1Offset < length && forward[k1Offset] != -1 {
            let x1 = forward[k1Offset]
            let y1 = offset + x1 - k1Offset
            if x1 >= n - x2 { return (aLow + x1, bLow + y1) }
          }
        }
        k2 += 2
      }
    }
    return nil
  }
}
