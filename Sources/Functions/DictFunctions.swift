import GoLib
import Template
import Values

/// Sprig's dictionary functions. Dicts are shared references: `set`, `unset` and
/// `merge` change the map every holder sees.
enum DictFunctions {
  static var table: FunctionTable {
    var t = FunctionTable()
    t.define("dict", [], variadic: .any) { call in
      let args = call.arguments
      let m = GoMap()
      var i = 0
      while i < args.count {
        let key = GoStringify.strval(args[i])
        m.storage[key] = i + 1 < args.count ? args[i + 1] : .string("")
        i += 2
      }
      return .map(m)
    }
    t.define("get", [.map, .string]) { call in
      guard let m = call.map(0), let v = m[call.string(1)] else { return .string("") }
      return v
    }
    t.define("set", [.map, .string, .any]) { call in
      guard let m = call.map(0) else { throw FunctionErrors.nilMapAssignment }
      m.storage[call.string(1)] = call.value(2)
      return .map(m)
    }
    t.define("unset", [.map, .string]) { call in
      guard let m = call.map(0) else { return .map(GoMap()) }
      m.storage.removeValue(forKey: call.string(1))
      return .map(m)
    }
    t.define("hasKey", [.map, .string]) { call in .bool(call.map(0)?[call.string(1)] != nil) }
    t.define("pluck", [.string], variadic: .map) { call in
      let key = call.string(0)
      return .list(call.rest(from: 1).compactMap { $0.mapValue?[key] })
    }
    t.define("keys", [], variadic: .map) { call in
      TypedSlice.strings(call.arguments.flatMap { $0.mapValue?.sortedKeys ?? [] })
    }
    t.define("values", [.map]) { call in
      guard let m = call.map(0) else { return .list([]) }
      return .list(m.sortedKeys.map { m.storage[$0]! })
    }
    t.define("pick", [.map], variadic: .string) { call in
      let out = GoMap()
      if let m = call.map(0) {
        for k in call.rest(from: 1).map({ $0.stringValue ?? "" }) where m[k] != nil { out[k] = m[k] }
      }
      return .map(out)
    }
    t.define("omit", [.map], variadic: .string) { call in
      let out = GoMap()
      if let m = call.map(0) {
        let omitted = Set(call.rest(from: 1).map { $0.stringValue ?? "" })
        for (k, v) in m.storage where !omitted.contains(k) { out[k] = v }
      }
      return .map(out)
    }
    for (name, overwrite) in [
      ("merge", false), ("mustMerge", false), ("mergeOverwrite", true), ("mustMergeOverwrite", true),
    ] {
      t.define(name, [.map], variadic: .map) { call in
        try Mergo.mergeAll(call.map(0), call.rest(from: 1), overwrite: overwrite)
      }
    }
    t.define("dig", [], variadic: .any) { call in try dig(call.arguments) }
    for name in ["deepCopy", "mustDeepCopy"] {
      t.define(name, [.any]) { call in
        let v = call.value(0)
        if v.isNil { throw FunctionErrors.zeroValueType }
        return try deepCopy(v)
      }
    }
    return t
  }

  /// copystructure's `Copy`: maps and lists duplicated recursively (a map keeps its Go
  /// type). Go overflows its stack on a map that contains itself; here that is an error.
  static func deepCopy(_ v: Value, depth: Int = 0) throws -> Value {
    if depth > Mergo.maximumDepth { throw FunctionErrors.recursionLimit }
    switch v {
    case .list(let items):
      return .list(try items.map { try deepCopy($0, depth: depth + 1) })
    case .map(let m):
      let copy = GoMap([:], goTypeName: m.goTypeName)
      for (k, x) in m.storage { copy.storage[k] = try deepCopy(x, depth: depth + 1) }
      return .map(copy)
    default:
      return v
    }
  }

  /// Sprig's `dig KEY... DEFAULT DICT`, with Go's type-assertion panics.
  static func dig(_ ps: [Value]) throws -> Value {
    if ps.count < 3 { throw FunctionError("dig needs at least three arguments") }
    var dict = try plainMap(ps[ps.count - 1])
    let fallback = ps[ps.count - 2]
    let keys = try ps[..<(ps.count - 2)].map { v -> String in
      guard case .string(let s) = v else {
        throw FunctionErrors.interfaceConversion(actual: v.goTypeName, expected: "string")
      }
      return s
    }
    for (i, key) in keys.enumerated() {
      guard let step = dict.storage[key] else { return fallback }
      if i == keys.count - 1 { return step }
      dict = try plainMap(step)
    }
    return fallback
  }

  /// A Go `.(map[string]interface{})` assertion.
  private static func plainMap(_ v: Value) throws -> GoMap {
    guard case .map(let m) = v, m.goTypeName == "map[string]interface {}" else {
      throw FunctionErrors.interfaceConversion(actual: v.goTypeName, expected: "map[string]interface {}")
    }
    return m
  }
}
