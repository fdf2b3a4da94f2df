import GoLib
import Values

/// Message wording shared by the evaluator, following santhosh-tekuri/jsonschema v6.
enum SchemaMessages {
  /// Go's `strconv.Quote` with single quotes outside and `"` left bare, as jsonschema v6
  /// quotes names: `\\` escaped, `\a\b\f\n\r\t\v`, other control bytes as `\xHH`, runes
  /// Go does not print (`unicode.IsPrint`) as `\uXXXX`/`\UXXXXXXXX`.
  static func quote(_ s: String) -> String {
    let quoted = Array(GoStrconv.quote(s).utf8.dropFirst().dropLast())
    var body: [UInt8] = [UInt8(ascii: "'")]
    var i = 0
    while i < quoted.count {
      if quoted[i] == UInt8(ascii: "\\"), i + 1 < quoted.count {
        if quoted[i + 1] != UInt8(ascii: "\"") { body.append(quoted[i]) }
        body.append(quoted[i + 1])
        i += 2
      } else {
        body.append(quoted[i])
        i += 1
      }
    }
    body.append(UInt8(ascii: "'"))
    return String(decoding: body, as: UTF8.self)
  }

  static func quotedList(_ names: [String]) -> String {
    names.map(quote).joined(separator: ", ")
  }

  /// How v6 displays a primitive value in `enum`/`const` messages (nil for objects/arrays).
  static func display(_ v: Value) -> String? {
    switch v {
    case .null: return "<nil>"
    case .bool(let b): return b ? "true" : "false"
    case .string(let s): return quote(s)
    case .int(let i): return String(i)
    case .int64(let i): return String(i)
    case .float(let d): return MessageNumbers.jsonFloat(d)
    default: return nil
    }
  }

  static func enumMessage(_ values: [Value]) -> String {
    let shown = values.compactMap(display)
    guard shown.count == values.count else { return "'enum' failed" }
    if values.count == 1 { return "value must be \(shown[0])" }
    return "value must be one of \(shown.joined(separator: ", "))"
  }

  static func constMessage(_ value: Value) -> String {
    guard let shown = display(value) else { return "'const' failed" }
    return "value must be \(shown)"
  }

  /// The instance's type as v6 names it: every number is `number`, even a whole one.
  static func typeWord(_ v: Value) -> String {
    switch v {
    case .int, .int64, .float: return "number"
    default: return v.jsonType.rawValue
    }
  }

  static let typeOrder: [JSONType] = [.null, .boolean, .number, .integer, .string, .array, .object]

  static func typeList(_ types: [JSONType]) -> String {
    typeOrder.filter { types.contains($0) }.map(\.rawValue).joined(separator: " or ")
  }
}
