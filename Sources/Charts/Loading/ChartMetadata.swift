import Values

/// A chart maintainer (`maintainers` items of Chart.yaml).
public struct ChartMaintainer: Sendable, Equatable {
  public var name = ""
  public var email = ""
  public var url = ""
  public init(name: String = "", email: String = "", url: String = "") {
    self.name = name
    self.email = email
    self.url = url
  }
}

/// A `dependencies` entry of Chart.yaml (or requirements.yaml), as written: dependency
/// processing (alias renaming, `enabled`, import-values rewriting) happens elsewhere.
public struct ChartDependency: Sendable {
  public var name = ""
  public var version = ""
  public var repository = ""
  public var condition = ""
  public var tags: [String] = []
  public var enabled = false
  /// `import-values`: strings and `{child, parent}` maps, kept as decoded.
  public var importValues: [Value] = []
  public var alias = ""
  public init() {}
}

/// Chart.yaml as Helm reads it into `chart.Metadata` (API v1 and v2 share the model).
///
/// Build it with `ChartMetadata(decoding:)` from the decoded YAML document (the caller's
/// YAML reader, which must keep integers and floats apart), then call `validate()` as
/// Helm's loader does. Scalars read into string fields are stringified (`1.0` → `1`,
/// `1.10` → `1.1`, `yes` → `true`), keys match case-insensitively (Go's `encoding/json`),
/// unknown keys are ignored.
public struct ChartMetadata: Sendable {
  public var name = ""
  public var home = ""
  public var sources: [String] = []
  public var version = ""
  public var description = ""
  public var keywords: [String] = []
  /// nil entries are null nodes (`validate` rejects them).
  public var maintainers: [ChartMaintainer?] = []
  public var icon = ""
  public var apiVersion = ""
  public var condition = ""
  public var tags = ""
  public var appVersion = ""
  public var deprecated = false
  /// nil when Chart.yaml has no `annotations`.
  public var annotations: [String: String]? = nil
  public var kubeVersion = ""
  /// nil entries are null nodes (`validate` rejects them).
  public var dependencies: [ChartDependency?] = []
  public var type = ""

  public init() {}

  /// Helm's `apiVersion` default: an empty one reads as `v1`.
  public static let apiVersionV1 = "v1"
  public static let apiVersionV2 = "v2"

  /// Whether the chart is a library chart (`type` compared case-insensitively, as the
  /// loader does when it picks templates).
  public var isLibrary: Bool { type.lowercased() == "library" }
}

/// An error reading or validating Chart.yaml, worded as Helm words it
/// (`cannot load Chart.yaml: error unmarshaling JSON: …`, `validation: …`).
public struct ChartMetadataError: Error, Sendable, Equatable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

extension ChartMetadata {
  /// Reads a decoded Chart.yaml document (YAML → JSON → `chart.Metadata`). An empty
  /// `apiVersion` is set to `v1` as the loader does.
  ///
  /// - Parameter fileName: the name used in error messages (`Chart.yaml`).
  public init(decoding document: Value, fileName: String = "Chart.yaml") throws(ChartMetadataError) {
    self.init()
    var reader = GoJSONStructReader(prefix: "cannot load \(fileName): ")
    switch document {
    case .null: break
    case .map(let m):
      try reader.fields(of: m, structName: "Metadata", path: "") {
        (key, value, r) throws(ChartMetadataError) in
        switch key {
        case "name": r.string(value, into: &name)
        case "home": r.string(value, into: &home)
        case "sources": r.strings(value, into: &sources)
        case "version": r.string(value, into: &version)
        case "description": r.string(value, into: &description)
        case "keywords": r.strings(value, into: &keywords)
        case "maintainers": try r.maintainers(value, into: &maintainers)
        case "icon": r.string(value, into: &icon)
        case "apiVersion": r.string(value, into: &apiVersion)
        case "condition": r.string(value, into: &condition)
        case "tags": r.string(value, into: &tags)
        case "appVersion": r.string(value, into: &appVersion)
        case "deprecated": r.bool(value, into: &deprecated)
        case "annotations": r.stringMap(value, into: &annotations)
        case "kubeVersion": r.string(value, into: &kubeVersion)
        case "dependencies": try r.dependencies(value, into: &dependencies)
        case "type": r.string(value, into: &type)
        default: break
        }
      }
    default:
      throw reader.typeError(document, target: "Go value of type v2.Metadata")
    }
    if let first = reader.firstError { throw first }
    if apiVersion.isEmpty { apiVersion = Self.apiVersionV1 }
  }

  static let fieldNames = [
    "name", "home", "sources", "version", "description", "keywords", "maintainers", "icon", "apiVersion",
    "condition", "tags", "appVersion", "deprecated", "annotations", "kubeVersion", "dependencies", "type",
  ]
}

/// Go's `encoding/json` decoding into Helm's metadata structs, after sigs.k8s.io/yaml
/// turned scalars bound for string fields into strings. Type errors are recorded and
/// decoding goes on, as Go does; the first one is reported.
struct GoJSONStructReader {
  let prefix: String
  var firstError: ChartMetadataError? = nil
  var structName = "Metadata"
  var path = ""

  init(prefix: String) { self.prefix = prefix }

  func typeError(_ v: Value, target: String) -> ChartMetadataError {
    ChartMetadataError(
      prefix
        + "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonTypeName(v)) into \(target)"
    )
  }

  private mutating func record(_ v: Value, field: String, type: String) {
    if firstError == nil {
      firstError = typeError(
        v,
        target: "Go struct field \(structName).\(path.isEmpty ? field : path + "." + field) of type \(type)")
    }
  }

  private var currentField = ""

  /// Visits the keys of `m` in JSON (bytewise) order, matching them to `fieldNames`
  /// case-insensitively (an exact match preferred).
  mutating func fields(
    of m: GoMap, structName: String, path: String,
    _ body: (String, Value, inout GoJSONStructReader) throws(ChartMetadataError) -> Void
  ) throws(ChartMetadataError) {
    let names: [String]
    switch structName {
    case "Maintainer": names = ["name", "email", "url"]
    case "Dependency":
      names = ["name", "version", "repository", "condition", "tags", "enabled", "import-values", "alias"]
    default: names = ChartMetadata.fieldNames
    }
    let savedStruct = self.structName
    let savedPath = self.path
    defer {
      self.structName = savedStruct
      self.path = savedPath
    }
    for key in m.sortedKeys {
      guard let value = m[key] else { continue }
      let field = names.first { $0 == key } ?? names.first { $0.lowercased() == key.lowercased() }
      guard let field else { continue }
      self.structName = structName
      self.path = path
      currentField = field
      try body(field, value, &self)
    }
  }

  /// A scalar stringified as sigs.k8s.io/yaml does for string targets.
  static func scalarString(_ v: Value) -> String? {
    switch v {
    case .string(let s): return s
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .int64(let i): return String(i)
    case .float(let f): return stringifiedYAMLFloat(f)
    default: return nil
    }
  }

  mutating func string(_ v: Value, into target: inout String) {
    if v.isNil { return }
    guard let s = Self.scalarString(v) else {
      record(v, field: currentField, type: "string")
      return
    }
    target = s
  }

  mutating func bool(_ v: Value, into target: inout Bool) {
    switch v {
    case .null: return
    case .bool(let b): target = b
    default: record(v, field: currentField, type: "bool")
    }
  }

  mutating func strings(_ v: Value, into target: inout [String]) {
    switch v {
    case .null: target = []
    case .list(let items):
      target = items.map { item in
        if item.isNil { return "" }
        guard let s = Self.scalarString(item) else {
          record(item, field: currentField, type: "string")
          return ""
        }
        return s
      }
    default: record(v, field: currentField, type: "[]string")
    }
  }

  mutating func stringMap(_ v: Value, into target: inout [String: String]?) {
    switch v {
    case .null: return
    case .map(let m):
      var out = target ?? [:]
      for key in m.sortedKeys {
        guard let item = m[key] else { continue }
        if item.isNil {
          out[key] = ""
          continue
        }
        guard let s = Self.scalarString(item) else {
          record(item, field: currentField, type: "string")
          continue
        }
        out[key] = s
      }
      target = out
    default: record(v, field: currentField, type: "map[string]string")
    }
  }

  mutating func maintainers(_ v: Value, into target: inout [ChartMaintainer?]) throws(ChartMetadataError) {
    try structList(v, into: &target, structName: "Maintainer", empty: ChartMaintainer()) {
      key, value, r, maintainer in
      switch key {
      case "name": r.string(value, into: &maintainer.name)
      case "email": r.string(value, into: &maintainer.email)
      default: r.string(value, into: &maintainer.url)
      }
    }
  }

  mutating func dependencies(_ v: Value, into target: inout [ChartDependency?]) throws(ChartMetadataError) {
    try structList(v, into: &target, structName: "Dependency", empty: ChartDependency()) {
      key, value, r, dep in
      switch key {
      case "name": r.string(value, into: &dep.name)
      case "version": r.string(value, into: &dep.version)
      case "repository": r.string(value, into: &dep.repository)
      case "condition": r.string(value, into: &dep.condition)
      case "tags": r.strings(value, into: &dep.tags)
      case "enabled": r.bool(value, into: &dep.enabled)
      case "import-values": r.anyList(value, into: &dep.importValues)
      default: r.string(value, into: &dep.alias)
      }
    }
  }

  /// A list of pointers to a Helm struct (`[]*v2.Maintainer`, `[]*v2.Dependency`): a null
  /// item stays nil, a map decodes field by field through `decode`, anything else is a type
  /// error and an empty struct.
  private mutating func structList<Item>(
    _ v: Value, into target: inout [Item?], structName: String, empty: Item,
    _ decode: (String, Value, inout GoJSONStructReader, inout Item) -> Void
  ) throws(ChartMetadataError) {
    switch v {
    case .null: target = []
    case .list(let items):
      var out: [Item?] = []
      let field = currentField
      for item in items {
        switch item {
        case .null: out.append(nil)
        case .map(let m):
          var decoded = empty
          try fields(of: m, structName: structName, path: field) { key, value, r in
            decode(key, value, &r, &decoded)
          }
          out.append(decoded)
        default:
          record(item, field: field, type: "v2.\(structName)")
          out.append(empty)
        }
      }
      target = out
    default: record(v, field: currentField, type: "[]*v2.\(structName)")
    }
  }

  mutating func anyList(_ v: Value, into target: inout [Value]) {
    switch v {
    case .null: target = []
    case .list(let items): target = items
    default: record(v, field: currentField, type: "[]interface {}")
    }
  }
}

/// The JSON type word Go's `UnmarshalTypeError` uses for a value.
func jsonTypeName(_ v: Value) -> String {
  switch v {
  case .null: return "null"
  case .string: return "string"
  case .bool: return "bool"
  case .int, .int64, .float: return "number"
  case .list: return "array"
  case .map: return "object"
  case .object(let o): return o.sliceItems != nil ? "array" : "object"
  }
}
