import Values

/// How alike two objects of one kind are, from 0 to 1: the share of their leaf fields
/// (path and value) they have in common, their own names and namespaces left out and the
/// old name read as the new one (a renamed object often carries its name in labels).
enum RenameSimilarity {
  static func leaves(of value: Value, replacing oldName: String? = nil, with newName: String? = nil) -> Set<
    String
  > {
    var out = Set<String>()
    collect(value, path: "", into: &out, oldName: oldName, newName: newName)
    out.remove("/metadata/name=" + ValueEquality.canonical(.string(newName ?? "")))
    return out.filter { !$0.hasPrefix("/metadata/name=") && !$0.hasPrefix("/metadata/namespace=") }
  }

  static func score(_ a: Set<String>, _ b: Set<String>) -> Double {
    let larger = max(a.count, b.count)
    if larger == 0 { return 1 }
    return Double(a.intersection(b).count) / Double(larger)
  }

  private static func collect(
    _ value: Value, path: String, into out: inout Set<String>, oldName: String?, newName: String?
  ) {
    switch value {
    case .map(let map):
      if map.count == 0 { out.insert(path + "={}") }
      for (key, item) in map.storage {
        collect(item, path: path + "/" + key, into: &out, oldName: oldName, newName: newName)
      }
    case .list(let items):
      if items.isEmpty { out.insert(path + "=[]") }
      for (i, item) in items.enumerated() {
        collect(item, path: path + "/\(i)", into: &out, oldName: oldName, newName: newName)
      }
    case .string(let s):
      if let oldName, let newName, !oldName.isEmpty, s.contains(oldName) {
        out.insert(
          path + "=" + ValueEquality.canonical(.string(s.replacingOccurrences(of: oldName, with: newName))))
      } else {
        out.insert(path + "=" + ValueEquality.canonical(value))
      }
    default:
      out.insert(path + "=" + ValueEquality.canonical(value))
    }
  }
}
