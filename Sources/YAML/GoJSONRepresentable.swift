import Values

/// A value Go's `encoding/json` marshals in its own way (structs with JSON tags, typed
/// wrappers). Objects adopting it are written by `toYaml`/`toJson` through `jsonValue`.
public protocol GoJSONRepresentable {
  /// The plain value (maps, lists, strings, numbers) Go's `json.Marshal` would produce.
  var jsonValue: Value { get }
}
