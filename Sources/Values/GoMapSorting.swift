/// Fast bytewise key ordering for the printers (`fmt`'s `%v`, `encoding/json`).
extension GoMap {
  /// The keys in Go's bytewise order (same order as `sortedKeys`), compared over
  /// contiguous UTF-8 buffers instead of iterators.
  public var bytewiseSortedKeys: [String] {
    var keys = Array(storage.keys)
    if keys.count > 1 { keys.sort(by: goBytewiseLess) }
    return keys
  }
}

/// Go's string `<`: bytewise over UTF-8.
public func goBytewiseLess(_ a: String, _ b: String) -> Bool {
  var a = a
  var b = b
  return a.withUTF8 { pa in
    b.withUTF8 { pb in
      let n = min(pa.count, pb.count)
      var i = 0
      while i < n {
        let x = pa[i]
        let y = pb[i]
        if x != y { return x < y }
        i += 1
      }
      return pa.count < pb.count
    }
  }
}
