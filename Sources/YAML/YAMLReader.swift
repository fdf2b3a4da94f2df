import Values

/// Helm's `fromYaml` / `fromYamlArray` (sigs.k8s.io/yaml `Unmarshal` of the first document
/// into `map[string]interface{}` / `[]interface{}`), and plain YAML → `Value` decoding.
public enum YAMLReader {
  /// `fromYaml`: the map, or a map holding only `Error` with Helm's message.
  public static func fromYaml(_ text: String) -> Value {
    do {
      return try unmarshalMap(text)
    } catch let e as YAMLError {
      return .map(["Error": .string(e.message)])
    } catch {
      return .map(["Error": .string("\(error)")])
    }
  }

  /// `fromYamlArray`: the list, or a one-element list holding Helm's error message.
  public static func fromYamlArray(_ text: String) -> Value {
    do {
      return try unmarshalList(text)
    } catch let e as YAMLError {
      return .list([.string(e.message)])
    } catch {
      return .list([.string("\(error)")])
    }
  }

  /// sigs.k8s.io/yaml `Unmarshal` into `map[string]interface{}` (null → empty map).
  ///
  /// To mimic unmarshalling into a Go struct (Chart.yaml, requirements), pass `stringFields`:
  /// it receives the path of map keys to a scalar (`"[]"` stands for a list item, e.g.
  /// `["maintainers", "[]", "name"]`, or `["annotations", "<key>"]`) and returns whether the
  /// struct field there is a Go string; numbers and booleans are then stringified as
  /// sigs.k8s.io/yaml does before JSON (`version: 1.0` → `"1"`, `appVersion: 1.10` → `"1.1"`,
  /// `yes` → `"true"`).
  public static func unmarshalMap(_ text: String, stringFields: (([String]) -> Bool)? = nil) throws -> Value {
    let decoded: Value
    if let stringFields {
      decoded = YAMLToJSON.toValue(try YAMLToJSON.yamlToJSONable(text, stringTarget: stringFields))
    } else {
      decoded = try YAMLToJSON.yamlToValue(text)
    }
    switch decoded {
    case .map: return decoded
    case .null: return .emptyMap()
    default: throw cannotUnmarshal(decoded, into: "map[string]interface {}")
    }
  }

  /// sigs.k8s.io/yaml `Unmarshal` into `[]interface{}` (null → empty list).
  public static func unmarshalList(_ text: String) throws -> Value {
    let decoded = try YAMLToJSON.yamlToValue(text)
    switch decoded {
    case .list: return decoded
    case .null: return .list([])
    default: throw cannotUnmarshal(decoded, into: "[]interface {}")
    }
  }

  private static func cannotUnmarshal(_ decoded: Value, into type: String) -> YAMLError {
    YAMLError(
      "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(YAMLToJSON.jsonTypeWord(decoded)) into Go value of type \(type)"
    )
  }

  /// sigs.k8s.io/yaml `Unmarshal` into `interface{}`: any JSON value (numbers `.float`).
  public static func unmarshalAny(_ text: String) throws -> Value {
    try YAMLToJSON.yamlToValue(text)
  }

  /// `unmarshalAny` for a reader of the given top-level keys only (a manifest's head:
  /// `apiVersion`, `kind`, `metadata`): the whole document is read and checked (every YAML
  /// and conversion error is thrown as `unmarshalAny` throws it), but an object keeps only
  /// those keys, so that the rest is never built into values. Anything else decodes whole.
  public static func unmarshalKeeping(_ keys: [String], of text: String) throws -> Value {
    let wanted = Set(keys)
    return try unmarshalKeeping(where: { wanted.contains($0) }, of: text)
  }

  /// `unmarshalKeeping` for the top-level keys `keep` accepts (e.g. the head keys in any
  /// case, as Go's JSON decoder matches struct fields).
  public static func unmarshalKeeping(where keep: (String) -> Bool, of text: String) throws -> Value {
    // a document in the block style rendered manifests are written in: no events, no nodes
    let fast = withoutActuallyEscaping(keep) { BlockManifestReader.soleValue(text, keepingRootKeys: $0) }
    if let fast { return fast }
    let jsonable = try YAMLToJSON.yamlToJSONable(text)
    guard case .object(let m) = jsonable else { return YAMLToJSON.toValue(jsonable) }
    var storage: [String: Value] = [:]
    for (key, v) in m where keep(key) { storage[key] = YAMLToJSON.toValue(v) }
    return .map(GoMap(storage))
  }
}
