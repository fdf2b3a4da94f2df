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

extension GoJSON {
  /// `json.Decoder.Decode` on `text`: the first JSON value and the number of bytes it took
  /// (Go's `InputOffset`), leaving what follows unread.
  public static func decodePrefix(_ text: String) throws -> (Value, Int) {
    var text = text
    return try text.withUTF8 { buffer in
      let end = try JSONValueExtent.end(of: buffer)
      let value = try GoJSONDecoder.decode(UnsafeBufferPointer(rebasing: buffer[0..<end]))
      return (value, end)
    }
  }
}

/// Finds where the first JSON value of a buffer ends, without decoding it (strings and
/// nesting are tracked; the value's syntax is checked by the decoder afterwards).
enum JSONValueExtent {
  static func end(of s: UnsafeBufferPointer<UInt8>) throws -> Int {
    var i = 0
    while i < s.count, s[i] == 0x20 || s[i] == 0x09 || s[i] == 0x0A || s[i] == 0x0D { i += 1 }
    guard i < s.count else { throw GoJSONError("unexpected end of JSON input", offset: s.count) }
    var depth = 0
    var inString = false
    while i < s.count {
      let c = s[i]
      if inString {
        if c == UInt8(ascii: "\\") {
          i += 2
          continue
        }
        if c == UInt8(ascii: "\"") {
          inString = false
          if depth == 0 { return i + 1 }
        }
        i += 1
        continue
      }
      switch c {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        if depth <= 0 { return i + 1 }
      case UInt8(ascii: ","), 0x20, 0x09, 0x0A, 0x0D:
        if depth == 0 { return i }
      default: break
      }
      i += 1
    }
    return s.count
  }
}
