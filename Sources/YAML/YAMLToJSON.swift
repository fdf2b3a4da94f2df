import GoLib
import Values

/// sigs.k8s.io/yaml's YAML → JSON → Go step: non-string keys stringified (or rejected), then
/// `json.Marshal` (NaN/±Inf rejected) and `json.Unmarshal` (every number a float64, maps
/// `map[string]interface {}`).
enum YAMLToJSON {
  /// A JSON-compatible value: keys are strings, numbers still carry their Go type.
  indirect enum JSONable {
    case scalar(GoYAMLValue)
    case list([JSONable])
    case object([String: JSONable])
  }

  /// `convertToJSONableObject`. `stringTarget` says, for a path of map keys (`"[]"` for a
  /// list item), whether the Go struct field there is a string: numbers and booleans are
  /// then stringified as sigs.k8s.io/yaml does (`1.0` → `"1"`, floats via 32-bit `%g`).
  static func convert(_ v: GoYAMLValue, path: [String] = [], stringTarget: (([String]) -> Bool)? = nil) throws
    -> JSONable
  {
    var path = path
    return try convert(v, along: &path, stringTarget: stringTarget)
  }

  /// `convert` with one path array for the whole walk (a copy per level would make memory
  /// quadratic in the nesting depth).
  private static func convert(
    _ v: GoYAMLValue, along path: inout [String], stringTarget: (([String]) -> Bool)?
  )
    throws -> JSONable
  {
    if !GoStack.hasRoom() {
      throw YAMLError(
        "yaml: nesting too deep for the \(GoStack.currentSize >> 20) MiB thread stack (go-yaml allows 10000 levels)"
      )
    }
    switch v {
    case .list(let items):
      path.append("[]")
      defer { path.removeLast() }
      var out: [JSONable] = []
      out.reserveCapacity(items.count)
      for item in items { out.append(try convert(item, along: &path, stringTarget: stringTarget)) }
      return .list(out)
    case .map(let entries):
      var out: [String: JSONable] = [:]
      for (k, val) in entries {
        let key: String
        switch k {
        case .string(let s): key = s
        case .int(let i): key = String(i)
        case .float(let f):
          var s = GoFormatter.formatFloat(f, bitSize: 32)
          switch s {
          case "+Inf": s = ".inf"
          case "-Inf": s = "-.inf"
          case "NaN": s = ".nan"
          default: break
          }
          key = s
        case .bool(let b): key = b ? "true" : "false"
        default:
          throw YAMLError(
            "unsupported map key of type: \(k.goTypeName), key: \(k.goSyntax), value: \(val.goSyntax)")
        }
        path.append(key)
        defer { path.removeLast() }
        out[key] = try convert(val, along: &path, stringTarget: stringTarget)
      }
      return .object(out)
    default:
      if let stringTarget, stringTarget(path) {
        switch v {
        case .int(let i): return .scalar(.string(String(i)))
        case .uint(let u): return .scalar(.string(String(u)))
        case .float(let f): return .scalar(.string(GoFormatter.formatFloat(f, bitSize: 32)))
        case .bool(let b): return .scalar(.string(b ? "true" : "false"))
        default: break
        }
      }
      return .scalar(v)
    }
  }

  /// `json.Marshal`'s refusal of NaN and infinities, in its key-sorted traversal order.
  static func checkMarshalable(_ v: JSONable) throws {
    switch v {
    case .scalar(.float(let f)):
      if f.isNaN || f.isInfinite { throw YAMLError("json: unsupported value: " + GoFormatter.formatFloat(f)) }
    case .scalar: return
    case .list(let items): for i in items { try checkMarshalable(i) }
    case .object(let m):
      for k in m.keys.sorted(by: goStringLess) { try checkMarshalable(m[k]!) }
    }
  }

  /// The JSON type word Go's decoder names in type errors.
  static func jsonTypeWord(_ v: JSONable) -> String {
    switch v {
    case .scalar(.null): return "null"
    case .scalar(.bool): return "bool"
    case .scalar(.string): return "string"
    case .scalar: return "number"
    case .list: return "array"
    case .object: return "object"
    }
  }

  /// The JSON type word of a decoded value (`jsonTypeWord` after `toValue`).
  static func jsonTypeWord(_ v: Value) -> String {
    switch v {
    case .null: return "null"
    case .bool: return "bool"
    case .string: return "string"
    case .int, .int64, .float: return "number"
    case .list: return "array"
    case .map, .object: return "object"
    }
  }

  /// `json.Unmarshal` of the marshalled text into `interface{}`.
  static func toValue(_ v: JSONable) -> Value {
    switch v {
    case .scalar(let s):
      switch s {
      case .null: return .null
      case .bool(let b): return .bool(b)
      case .int(let i): return .float(Double(i))
      case .uint(let u): return .float(Double(u))
      case .float(let f): return .float(f)
      case .string(let str): return .string(str)
      case .list, .map: return .null
      }
    case .list(let items): return .list(items.map(toValue))
    case .object(let m):
      var storage: [String: Value] = [:]
      storage.reserveCapacity(m.count)
      for (k, x) in m { storage[k] = toValue(x) }
      return .map(GoMap(storage))
    }
  }

  /// sigs.k8s.io/yaml `yamlToJSON` of one document: the JSON-compatible tree, or nil for an
  /// empty document (JSON `null`). Errors carry `error converting YAML to JSON: ...`.
  static func yamlToJSONable(_ text: String, stringTarget: (([String]) -> Bool)? = nil) throws -> JSONable {
    guard let root = try firstRoot(of: text) else { return .scalar(.null) }
    return try jsonable(of: root, stringTarget: stringTarget)
  }

  /// sigs.k8s.io/yaml `Unmarshal` of one document into `interface{}`: `yamlToJSONable` then
  /// `toValue`, in one walk where the document allows it: straight from the text when it is
  /// one document of the block shape (`BlockManifestReader`), else from libyaml's nodes
  /// (`PlainDocumentDecoder`).
  static func yamlToValue(_ text: String) throws -> Value {
    if let value = BlockManifestReader.soleValue(text) { return value }
    guard let root = try firstRoot(of: text) else { return .null }
    if let plain = PlainDocumentDecoder.value(of: root) { return plain }
    return toValue(try jsonable(of: root, stringTarget: nil))
  }

  /// The first document's root node (nil when the text holds none).
  private static func firstRoot(of text: String) throws -> YAMLNode? {
    do {
      return try YAMLComposer.compose(text, firstOnly: true).first
    } catch let e as YAMLError {
      throw YAMLError("error converting YAML to JSON: " + e.message, line: e.line)
    }
  }

  private static func jsonable(of root: YAMLNode, stringTarget: (([String]) -> Bool)?) throws -> JSONable {
    let jsonable: JSONable
    do {
      let decoded = try GoYAMLDecoder.decode(root)
      jsonable = try convert(decoded, stringTarget: stringTarget)
      try checkMarshalable(jsonable)
    } catch let e as YAMLError {
      throw YAMLError("error converting YAML to JSON: " + e.message, line: e.line)
    }
    if let opening = firstTooDeep(jsonable) {
      throw YAMLError(
        "error unmarshaling JSON: while decoding JSON: invalid character '\(opening)' exceeded max depth")
    }
    return jsonable
  }

  /// Go's JSON scanner nests at most this many arrays and objects (`maxNestingDepth`).
  static let maxJSONDepth = 10_000

  /// The opening character (`[` or `{`) of the first container, in the marshalled text's
  /// order (object keys sorted), nested deeper than Go's JSON decoder accepts; nil when the
  /// tree is within the limit. Iterative: the tree may be as deep as YAML allows.
  static func firstTooDeep(_ root: JSONable) -> Character? {
    guard depth(of: root) > maxJSONDepth else { return nil }
    var pending: [(JSONable, Int)] = [(root, 1)]
    while let (node, depth) = pending.popLast() {
      switch node {
      case .scalar: continue
      case .list(let items):
        if depth > maxJSONDepth { return "[" }
        for item in items.reversed() { pending.append((item, depth + 1)) }
      case .object(let members):
        if depth > maxJSONDepth { return "{" }
        for key in members.keys.sorted(by: goStringLess).reversed() {
          pending.append((members[key]!, depth + 1))
        }
      }
    }
    return nil
  }

  /// How many containers deep the tree nests (0 for a scalar), without recursion.
  private static func depth(of root: JSONable) -> Int {
    var deepest = 0
    var pending: [(JSONable, Int)] = [(root, 1)]
    while let (node, depth) = pending.popLast() {
      switch node {
      case .scalar: continue
      case .list(let items):
        deepest = max(deepest, depth)
        for item in items { pending.append((item, depth + 1)) }
      case .object(let members):
        deepest = max(deepest, depth)
        for member in members.values { pending.append((member, depth + 1)) }
      }
    }
    return deepest
  }
}
