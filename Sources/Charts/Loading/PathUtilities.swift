/// Go's `path` package functions used on chart paths (always `/`-separated).
enum PathUtilities {
  /// Go's `path.Clean`: the shortest equivalent path, resolving `.`, `..` and repeated slashes.
  static func clean(_ path: String) -> String {
    if path.isEmpty { return "." }
    let rooted = path.hasPrefix("/")
    var out: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == ".." {
        if let last = out.last, last != ".." {
          out.removeLast()
        } else if !rooted {
          out.append(part)
        }
        continue
      }
      out.append(part)
    }
    let joined = out.joined(separator: "/")
    if rooted { return "/" + joined }
    return joined.isEmpty ? "." : joined
  }
}
