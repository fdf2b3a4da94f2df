import Values

/// How alike two objects of one kind are, from 0 to 1: the share of their leaf fields
/// (path and value) they have in common, their own names and namespaces left out, with the
/// old name read as the new one, and a changed name prefix (a renamed release:
/// `old-grafana` → `new-grafana`) read as the new prefix everywhere, since a renamed object
/// carries its name and its release in labels and references.
struct RenameSimilarity {
  /// The leaf fields of one object, each with the hash of `path=value`.
  struct Leaves {
    fileprivate var items: [(path: String, text: String, hash: Int)] = []
    fileprivate var hashes = Set<Int>()
    var count: Int { items.count }
  }

  static func leaves(of value: Value) -> Leaves {
    var out = Leaves()
    collect(value, path: "", into: &out)
    return out
  }

  /// The likeness of `old` (named `oldName`) read as an object named `newName`, and `new`.
  static func score(old: Leaves, oldName: String, new: Leaves, newName: String) -> Double {
    let larger = max(old.count, new.count)
    if larger == 0 { return 1 }
    let substitutions = self.substitutions(from: oldName, to: newName)
    var common = 0
    for item in old.items {
      var hash = item.hash
      if !substitutions.isEmpty {
        var text = item.text
        for (from, to) in substitutions where text.contains(from) {
          text = text.replacingOccurrences(of: from, with: to)
        }
        if text != item.text { hash = Self.hash(item.path, text) }
      }
      if new.hashes.contains(hash) { common += 1 }
    }
    return Double(common) / Double(larger)
  }

  /// The whole name, then the part before a common `-suffix` (`rel-a-grafana` → `b-grafana`
  /// gives `rel-a` → `b`).
  static func substitutions(from old: String, to new: String) -> [(String, String)] {
    guard !old.isEmpty, old != new else { return [] }
    var out = [(old, new)]
    var a = old.split(separator: "-", omittingEmptySubsequences: false)
    var b = new.split(separator: "-", omittingEmptySubsequences: false)
    var shared = 0
    while let x = a.last, let y = b.last, x == y, a.count > 1, b.count > 1 {
      a.removeLast()
      b.removeLast()
      shared += 1
    }
    let prefix = a.joined(separator: "-")
    if shared > 0, prefix.count >= 3 { out.append((prefix, b.joined(separator: "-"))) }
    return out
  }

  private static func hash(_ path: String, _ text: String) -> Int {
    var hasher = Hasher()
    hasher.combine(path)
    hasher.combine(text)
    return hasher.finalize()
  }

  private static func collect(_ value: Value, path: String, into out: inout Leaves) {
    switch value {
    case .map(let map):
      if map.count == 0 { add(path, "{}", into: &out) }
      for (key, item) in map.storage {
        let child = path + "/" + key
        if child == "/metadata/name" || child == "/metadata/namespace" { continue }
        collect(item, path: child, into: &out)
      }
    case .list(let items):
      if items.isEmpty { add(path, "[]", into: &out) }
      for (i, item) in items.enumerated() { collect(item, path: path + "/\(i)", into: &out) }
    default:
      add(path, ValueEquality.canonical(value), into: &out)
    }
  }

  private static func add(_ path: String, _ text: String, into out: inout Leaves) {
    let hash = Self.hash(path, text)
    out.items.append((path, text, hash))
    out.hashes.insert(hash)
  }
}
