import Values

/// Go's `encoding/json` over `Value`, byte for byte: what Helm's `toJson`, `toPrettyJson`,
/// `toRawJson` and `fromJson` produce and accept.
public enum GoJSON {
  /// `json.Marshal(v)` (`escapeHTML: true`), or an `Encoder` with `SetEscapeHTML(false)`
  /// without its trailing newline (`escapeHTML: false`, as `toRawJson`).
  /// Map keys are sorted bytewise; NaN and ±Inf throw `json: unsupported value: NaN`.
  public static func encode(_ v: Value, escapeHTML: Bool = true) throws -> String {
    var e = GoJSONEncoder(escapeHTML: escapeHTML)
    try e.encode(v)
    return String(decoding: e.out, as: UTF8.self)
  }

  /// `json.MarshalIndent(v, prefix, indent)`: `{}` and `[]` for empty collections,
  /// `"key": value`, one element per line.
  public static func encodeIndented(
    _ v: Value, prefix: String = "", indent: String = "  ", escapeHTML: Bool = true
  ) throws -> String {
    var e = GoJSONEncoder(escapeHTML: escapeHTML, prefix: prefix, indent: indent)
    try e.encode(v)
    return String(decoding: e.out, as: UTF8.self)
  }

  /// `json.Unmarshal` into `interface{}`: objects become `map[string]interface {}` maps
  /// (duplicate keys: last wins), arrays `[]interface {}`, numbers float64. Errors carry
  /// Go's messages (`invalid character 'x' looking for beginning of value`,
  /// `unexpected end of JSON input`, `json: cannot unmarshal number 1e400 into Go value of type float64`).
  public static func decode(_ text: String) throws -> Value {
    var text = text
    return try text.withUTF8 { try GoJSONDecoder.decode($0) }
  }

  /// `decode` over raw bytes (invalid UTF-8 inside strings becomes U+FFFD, as in Go).
  public static func decode(bytes: [UInt8]) throws -> Value {
    try bytes.withUnsafeBufferPointer { try GoJSONDecoder.decode($0) }
  }

  /// How `encoding/json` writes a float64: `1000000`, `1e+21`, `1e-7`, `-0`; NaN and ±Inf throw.
  public static func formatFloat(_ f: Double) throws -> String {
    var out: [UInt8] = []
    try GoJSONEncoder.appendFloat(&out, f)
    return String(decoding: out, as: UTF8.self)
  }

  /// `json.Unmarshal` into a `map[string]interface {}` variable, as Helm's `fromJson` does
  /// (`m := map[string]interface{}{}; err := json.Unmarshal(b, &m)`): returns what the
  /// variable holds afterwards and the error.
  /// - syntax error: the empty map, untouched, and the error;
  /// - JSON `null`: nil (Go sets the map to nil), no error;
  /// - another non-object: the empty map and `json: cannot unmarshal array into Go value of type map[string]interface {}`;
  /// - an object: its map; a number out of float64 range is left nil and reported.
  public static func unmarshalObject(_ text: String) -> (map: GoMap?, error: GoJSONError?) {
    switch unmarshal(text) {
    case .failure(let e): return (GoMap(), e)
    case .success(let (v, rangeError)):
      switch v {
      case .map(let m): return (m, rangeError)
      case .null where rangeError != nil:
        return (GoMap(), typeError(.float(0), into: "map[string]interface {}"))
      case .null: return (nil, nil)
      default: return (GoMap(), typeError(v, into: "map[string]interface {}"))
      }
    }
  }

  /// `json.Unmarshal` into a `[]interface {}` variable, as Helm's `fromJsonArray` does:
  /// the elements (nil for JSON `null`) and the error, with the rules of `unmarshalObject`.
  public static func unmarshalArray(_ text: String) -> (list: [Value]?, error: GoJSONError?) {
    switch unmarshal(text) {
    case .failure(let e): return ([], e)
    case .success(let (v, rangeError)):
      switch v {
      case .list(let items): return (items, rangeError)
      case .null where rangeError != nil: return ([], typeError(.float(0), into: "[]interface {}"))
      case .null: return (nil, nil)
      default: return ([], typeError(v, into: "[]interface {}"))
      }
    }
  }

  private static func unmarshal(_ text: String) -> Result<(Value, GoJSONError?), GoJSONError> {
    var text = text
    do {
      return .success(try text.withUTF8 { try GoJSONDecoder.decodePartial($0) })
    } catch let e as GoJSONError {
      return .failure(e)
    } catch {
      return .failure(GoJSONError("\(error)"))
    }
  }

  private static func typeError(_ v: Value, into type: String) -> GoJSONError {
    let kind: String
    switch v {
    case .map: kind = "object"
    case .list: kind = "array"
    case .string: kind = "string"
    case .bool: kind = "bool"
    default: kind = "number"
    }
    return GoJSONError("json: cannot unmarshal \(kind) into Go value of type \(type)")
  }
}
