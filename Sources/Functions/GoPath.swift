/// Go's `path` package (slash-separated paths), which on Linux `path/filepath` equals.
enum GoPath {
  static func clean(_ path: String) -> String {
    let p = Array(path.utf8)
    if p.isEmpty { return "." }
    let rooted = p[0] == UInt8(ascii: "/")
    let n = p.count
    var out: [UInt8] = []
    var r = 0
    var dotdot = 0
    let slash = UInt8(ascii: "/")
    let dot = UInt8(ascii: ".")
    if rooted {
      out.append(slash)
      r = 1
      dotdot = 1
    }
    while r < n {
      if p[r] == slash {
        r += 1
      } else if p[r] == dot && (r + 1 == n || p[r + 1] == slash) {
        r += 1
      } else if p[r] == dot && p[r + 1] == dot && (r + 2 == n || p[r + 2] == slash) {
        r += 2
        if out.count > dotdot {
          var w = out.count - 1
          while w > dotdot && out[w] != slash { w -= 1 }
          out.removeLast(out.count - w)
        } else if !rooted {
          if !out.isEmpty { out.append(slash) }
          out += [dot, dot]
          dotdot = out.count
        }
      } else {
        if (rooted && out.count != 1) || (!rooted && !out.isEmpty) { out.append(slash) }
        while r < n && p[r] != slash {
          out.append(p[r])
          r += 1
        }
      }
    }
    if out.isEmpty { return "." }
    return GoStrings.fromBytes(out)
  }

  static func base(_ path: String) -> String {
    if path.isEmpty { return "." }
    var p = Array(path.utf8)[...]
    while let last = p.last, last == UInt8(ascii: "/") { p = p.dropLast() }
    if let i = p.lastIndex(of: UInt8(ascii: "/")) { p = p[(i + 1)...] }
    if p.isEmpty { return "/" }
    return GoStrings.fromBytes(p)
  }

  static func dir(_ path: String) -> String {
    let p = Array(path.utf8)
    guard let i = p.lastIndex(of: UInt8(ascii: "/")) else { return clean("") }
    return clean(GoStrings.fromBytes(p[...i]))
  }

  static func ext(_ path: String) -> String {
    let p = Array(path.utf8)
    var i = p.count - 1
    while i >= 0 && p[i] != UInt8(ascii: "/") {
      if p[i] == UInt8(ascii: ".") { return GoStrings.fromBytes(p[i...]) }
      i -= 1
    }
    return ""
  }

  static func isAbs(_ path: String) -> Bool { path.utf8.first == UInt8(ascii: "/") }
}
