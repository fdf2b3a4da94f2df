import Values

/// Message wording shared by the evaluator, following santhosh-tekuri/jsonschema v6.
enum SchemaMessages {
  /// Go's `strconv.Quote` with single quotes outside, as jsonschema v6 quotes names.
  static func quote(_ s: String) -> String {
    let q = jsonQuoted(s)
    return "'" + q.dropFirst().dropLast().replacingOccurrences(of: "\\\"", with: "\"") + "'"
  }

  static func quotedList(_ names: [String]) -> String {
    names.map(quote).joined(separator: ", ")
  }

  /// How v6 displays a value in `enum`/`const` messages.
  static func display(_ v: Value) -> String {
    switch v {
    case .string(let s): return quote(s)
    default: return v.jsonText
    }
  }

  static func enumMessage(_ values: [Value]) -> String {
    if values.count == 1 { return "value must be \(display(values[0]))" }
    return "value must be one of \(values.map(display).joined(separator: ", "))"
  }

  static func constMessage(_ value: Value) -> String {
    "value must be \(display(value))"
  }
}
