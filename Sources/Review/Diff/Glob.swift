/// `*` matching any run of characters, everything else literally.
enum Glob {
  static func matches(_ pattern: String, _ text: String) -> Bool {
    if !pattern.contains("*") { return pattern == text }
    let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
    var rest = text[...]
    guard let first = parts.first, rest.hasPrefix(first) else { return false }
    rest = rest.dropFirst(first.count)
    for (i, part) in parts.enumerated().dropFirst() {
      if i == parts.count - 1 { return part.isEmpty || rest.hasSuffix(part) }
      guard let range = rest.range(of: part) else { return false }
      rest = rest[range.upperBound...]
    }
    return true
  }
}
