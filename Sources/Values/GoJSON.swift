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
}
