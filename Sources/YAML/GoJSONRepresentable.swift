import Values

/// A value Go's `encoding/json` marshals in its own way (structs with JSON tags, typed
/// wrappers). Objects adopting it are written by `toYaml`/`toJson` through `jsonValue`.
public protocol GoJSONRepresentable {
  /// The plain value (maps, lists, strings, numbers) Go's `json.Marshal` would produce.
  var jsonValue: Value { get }
}

/// How yaml.v3 (`toYamlPretty`) encodes an object that is not a plain map or slice.
public enum PrettyYAMLForm {
  /// Encode this value instead (maps sorted in natural order, like any map).
  case value(Value)
  /// A Go struct: fields in declaration order under their yaml/json names
  /// (`KubeVersion` → `version`, `major`, `minor`).
  case fields([(String, Value)])
  /// A scalar written as is, unquoted (`time.Time` → `2021-01-02T00:00:00Z`).
  case plainScalar(String)
}

/// An object with its own yaml.v3 encoding. Objects without it fall back to
/// `GoJSONRepresentable.jsonValue`, then to their slice items.
public protocol GoPrettyYAMLRepresentable {
  var prettyYAML: PrettyYAMLForm { get }
}
