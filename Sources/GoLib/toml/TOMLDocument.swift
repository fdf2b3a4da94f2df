import Values

/// The tree a TOML document is parsed into before it becomes Go values: tables are shared
/// references (a later `[a.b]` header or dotted key extends a table defined earlier), as
/// in BurntSushi/toml's `map[string]any` mapping.
final class TOMLTable {
  var entries: [String: TOMLNode] = [:]
}

/// An array of tables (`[[x]]`), extended by each header naming it.
final class TOMLTableArray {
  var tables: [TOMLTable] = []
}

/// One value in the tree.
enum TOMLNode {
  case scalar(Value)
  case table(TOMLTable)
  case tableArray(TOMLTableArray)
  case array([TOMLNode])

  /// The Go value `toml.Decode` stores in a `map[string]interface{}`: tables are
  /// `map[string]interface {}`, arrays of tables `[]map[string]interface {}`, inline
  /// arrays `[]interface {}`.
  var goValue: Value {
    switch self {
    case .scalar(let v): return v
    case .table(let t): return .map(t.goMap)
    case .tableArray(let a):
      return .object(
        TypedSlice(elementType: "map[string]interface {}", items: a.tables.map { .map($0.goMap) }))
    case .array(let items): return .list(items.map(\.goValue))
    }
  }
}

extension TOMLTable {
  var goMap: GoMap {
    var storage: [String: Value] = [:]
    storage.reserveCapacity(entries.count)
    for (k, v) in entries { storage[k] = v.goValue }
    return GoMap(storage)
  }
}
