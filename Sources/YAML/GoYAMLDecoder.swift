import GoLib
import Values

/// A value as go-yaml v2 decodes it into `interface{}`: Go's dynamic types before the JSON
/// detour (ints stay ints, keys keep their types). Not `indirect`: lists and maps recurse
/// through arrays, so a scalar is held inline, never boxed.
enum GoYAMLValue {
  case null
  case bool(Bool)
  case int(Int64)
  case uint(UInt64)
  case float(Double)
  case string(String)
  case list([GoYAMLValue])
  /// `map[interface {}]interface {}`, entries in insertion order; duplicate keys replaced.
  case map([(GoYAMLValue, GoYAMLValue)])

  /// Go's `%#v` rendering, as go-yaml and sigs.k8s.io/yaml print values in errors. Map keys
  /// are ordered as Go's fmtsort orders `interface {}` keys (by type: nil, string, uint64,
  /// int, float64, bool, as observed in Helm's binary; then by value).
  var goSyntax: String { goSyntax(nested: false) }

  private func goSyntax(nested: Bool) -> String {
    switch self {
    case .null: return nested ? "interface {}(nil)" : "<nil>"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .uint(let u): return "0x" + String(u, radix: 16)
    case .float(let f): return GoFormatter.formatFloat(f)
    case .string(let s): return GoStrconv.quote(s)
    case .list(let items):
      return "[]interface {}{" + items.map { $0.goSyntax(nested: true) }.joined(separator: ", ") + "}"
    case .map(let entries):
      let sorted = entries.sorted { GoYAMLValue.fmtLess($0.0, $1.0) }
      return "map[interface {}]interface {}{"
        + sorted.map { "\($0.0.goSyntax(nested: true)):\($0.1.goSyntax(nested: true))" }.joined(
          separator: ", ") + "}"
    }
  }

  private var fmtRank: Int {
    switch self {
    case .null: return 0
    case .string: return 1
    case .uint: return 2
    case .int: return 3
    case .float: return 4
    case .bool: return 5
    case .list: return 6
    case .map: return 7
    }
  }

  private static func fmtLess(_ a: GoYAMLValue, _ b: GoYAMLValue) -> Bool {
    if a.fmtRank != b.fmtRank { return a.fmtRank < b.fmtRank }
    switch (a, b) {
    case (.string(let x), .string(let y)): return goStringLess(x, y)
    case (.uint(let x), .uint(let y)): return x < y
    case (.int(let x), .int(let y)): return x < y
    case (.float(let x), .float(let y)): return x < y
    case (.bool(let x), .bool(let y)): return !x && y
    default: return false
    }
  }

  var goTypeName: String {
    switch self {
    case .null: return "%!s(<nil>)"
    case .bool: return "bool"
    case .int: return "int"
    case .uint: return "uint64"
    case .float: return "float64"
    case .string: return "string"
    case .list: return "[]interface {}"
    case .map: return "map[interface {}]interface {}"
    }
  }

  func sameKey(_ other: GoYAMLValue) -> Bool {
    switch (self, other) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.uint(let a), .uint(let b)): return a == b
    case (.float(let a), .float(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    default: return false
    }
  }
}

/// go-yaml v2's decoder (`decode.go`) into `interface{}`: scalar resolution, merge keys,
/// aliases with the self-reference and excessive-aliasing checks.
struct GoYAMLDecoder {
  private var decodeCount = 0
  private var aliasCount = 0
  private var aliasDepth = 0
  private var activeAliases: Set<ObjectIdentifier> = []

  static func decode(_ node: YAMLNode) throws -> GoYAMLValue {
    var d = GoYAMLDecoder()
    return try d.unmarshal(node)
  }

  private static func allowedAliasRatio(_ decodeCount: Int) -> Double {
    let low = 400_000.0
    let high = 4_000_000.0
    let c = Double(decodeCount)
    if c <= low { return 0.99 }
    if c >= high { return 0.10 }
    return 0.99 - 0.89 * ((c - low) / (high - low))
  }

  private mutating func unmarshal(_ n: YAMLNode) throws -> GoYAMLValue {
    decodeCount += 1
    if aliasDepth > 0 { aliasCount += 1 }
    if aliasCount > 100 && decodeCount > 1000
      && Double(aliasCount) / Double(decodeCount) > GoYAMLDecoder.allowedAliasRatio(decodeCount)
    {
      throw YAMLError("yaml: document contains excessive aliasing")
    }
    // go-yaml's parser bounds nesting at 10,000; this thread's stack may hold fewer levels.
    if !GoStack.hasRoom() {
      throw YAMLError(
        "yaml: nesting too deep for the \(GoStack.currentSize >> 20) MiB thread stack (go-yaml allows 10000 levels)"
      )
    }
    switch n.kind {
    case .scalar: return try GoYAMLDecoder.resolveScalar(n)
    case .alias: return try alias(n)
    case .sequence:
      var items: [GoYAMLValue] = []
      items.reserveCapacity(n.children.count)
      for c in n.children { items.append(try unmarshal(c)) }
      return .list(items)
    case .mapping:
      var entries: [(GoYAMLValue, GoYAMLValue)] = []
      try mapping(n, into: &entries)
      return .map(entries)
    }
  }

  private mutating func alias(_ n: YAMLNode) throws -> GoYAMLValue {
    let id = ObjectIdentifier(n)
    if activeAliases.contains(id) {
      throw YAMLError("yaml: anchor '\(n.value)' value contains itself")
    }
    guard let target = n.strongTarget ?? n.target else {
      throw YAMLError("yaml: unknown anchor '\(n.value)' referenced")
    }
    activeAliases.insert(id)
    aliasDepth += 1
    defer {
      aliasDepth -= 1
      activeAliases.remove(id)
    }
    return try unmarshal(target)
  }

  static func isMerge(_ n: YAMLNode) -> Bool {
    n.kind == .scalar && n.value == "<<" && (n.plainImplicit || n.tag == ScalarResolver.mergeTag)
  }

  /// Sets `k` in a map being built (Go map semantics: an equal key is replaced). String keys
  /// are found through `index`; other keys by a linear scan.
  private static func set(
    _ entries: inout [(GoYAMLValue, GoYAMLValue)], _ index: inout [String: Int], _ k: GoYAMLValue,
    _ v: GoYAMLValue
  ) {
    if case .string(let s) = k {
      if let i = index[s] {
        entries[i].1 = v
      } else {
        index[s] = entries.count
        entries.append((k, v))
      }
      return
    }
    if let i = entries.firstIndex(where: { $0.0.sameKey(k) }) {
      entries[i].1 = v
    } else {
      entries.append((k, v))
    }
  }

  private mutating func mapping(_ n: YAMLNode, into entries: inout [(GoYAMLValue, GoYAMLValue)]) throws {
    var index: [String: Int] = [:]
    for (i, e) in entries.enumerated() {
      if case .string(let s) = e.0 { index[s] = i }
    }
    var i = 0
    let c = n.children
    while i + 1 < c.count {
      if GoYAMLDecoder.isMerge(c[i]) {
        try merge(c[i + 1], into: &entries)
        index = [:]
        for (j, e) in entries.enumerated() {
          if case .string(let s) = e.0 { index[s] = j }
        }
        i += 2
        continue
      }
      let k = try unmarshal(c[i])
      switch k {
      case .list, .map: throw YAMLError("yaml: invalid map key: " + k.goSyntax)
      default: break
      }
      let v = try unmarshal(c[i + 1])
      GoYAMLDecoder.set(&entries, &index, k, v)
      i += 2
    }
  }

  private static let wantMap = "yaml: map merge requires map or sequence of maps as the value"

  private mutating func mergeOne(_ n: YAMLNode, into entries: inout [(GoYAMLValue, GoYAMLValue)]) throws {
    // Decoding a mapping (directly or through an alias) into the existing map.
    if n.kind == .alias {
      let id = ObjectIdentifier(n)
      if activeAliases.contains(id) { throw YAMLError("yaml: anchor '\(n.value)' value contains itself") }
      guard let target = n.strongTarget ?? n.target else { throw YAMLError(GoYAMLDecoder.wantMap) }
      activeAliases.insert(id)
      aliasDepth += 1
      defer {
        aliasDepth -= 1
        activeAliases.remove(id)
      }
      decodeCount += 1
      if aliasDepth > 0 { aliasCount += 1 }
      try mapping(target, into: &entries)
    } else {
      decodeCount += 1
      if aliasDepth > 0 { aliasCount += 1 }
      try mapping(n, into: &entries)
    }
  }

  private mutating func merge(_ n: YAMLNode, into entries: inout [(GoYAMLValue, GoYAMLValue)]) throws {
    switch n.kind {
    case .mapping:
      try mergeOne(n, into: &entries)
    case .alias:
      guard let t = n.strongTarget ?? n.target, t.kind == .mapping else {
        throw YAMLError(GoYAMLDecoder.wantMap)
      }
      try mergeOne(n, into: &entries)
    case .sequence:
      for child in n.children.reversed() {
        if child.kind == .alias {
          guard let t = child.strongTarget ?? child.target, t.kind == .mapping else {
            throw YAMLError(GoYAMLDecoder.wantMap)
          }
        } else if child.kind != .mapping {
          throw YAMLError(GoYAMLDecoder.wantMap)
        }
        try mergeOne(child, into: &entries)
      }
    default:
      throw YAMLError(GoYAMLDecoder.wantMap)
    }
  }

  /// What go-yaml decodes a scalar node into: its tag applied (`!!binary` decoded, a custom or
  /// non-specific tag keeps the text, a plain untagged scalar resolved the YAML 1.1 way;
  /// timestamps keep their text).
  static func resolveScalar(_ n: YAMLNode) throws -> GoYAMLValue {
    let tag = n.tag ?? ""
    if tag == "" && !n.plainImplicit { return .string(n.value) }
    if tag == "!" { return .string(n.value) }
    if tag == ScalarResolver.binaryTag {
      guard let bytes = try? GoBase64.decode(n.value) else {
        throw YAMLError("yaml: !!binary value contains invalid base64 data")
      }
      return .string(GoUTF8.stringCoercingInvalid(bytes))
    }
    let resolved: ScalarResolver.Resolved?
    do {
      resolved = try ScalarResolver.resolveTagged(tag, n.value)
    } catch let f as ScalarResolver.DecodeFailure {
      throw YAMLError("yaml: " + f.message)
    }
    return resolved.map { goValue($0, text: n.value) } ?? .string(n.value)
  }

  /// The Go value go-yaml gives a resolved scalar written as `text` (a timestamp keeps its
  /// text, a merge key is the string `<<`).
  static func goValue(_ resolved: ScalarResolver.Resolved, text: String) -> GoYAMLValue {
    switch resolved {
    case .timestamp: return .string(text)
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(i)
    case .uint(let u): return .uint(u)
    case .float(let f): return .float(f)
    case .string(let s): return .string(s)
    case .merge: return .string("<<")
    }
  }
}
