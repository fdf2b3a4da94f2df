import GoLib
import Values

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

/// An object with its own yaml.v3 encoding. Objects without it fall back to their
/// `GoJSONEncodable` form, then to their slice items.
public protocol GoPrettyYAMLRepresentable {
  var prettyYAML: PrettyYAMLForm { get }
}
