import Values

/// Message wording shared by the evaluator, following santhosh-tekuri/jsonschema v6.
enum SchemaMessages {
  /// Go's `strconv.Quote` with single quotes outside, as jsonschema v6 quotes names.
  static func quote(_ s: String) -> String {
    "'" + goQuoteBody(s) + "'"
  }

  /// The inside of Go's `strconv.Quote(s)` as v6 shows it (`"` left bare): `\\` escaped, `\a\b\f\n\r\t\v`, other
  /// control bytes as `\xHH`, runes Go does not print (`unicode.IsPrint`) as `\uXXXX`/`\UXXXXXXXX`.
  static func goQuoteBody(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
      switch u {
      case "\\": out += "\\\\"
      case "\u{07}": out += "\\a"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{0B}": out += "\\v"
      default:
        if u.value < 0x20 || u.value == 0x7F {
          out += "\\x" + hex(u.value, 2)
        } else if isGoPrintable(u) {
          out.unicodeScalars.append(u)
        } else if u.value < 0x10000 {
          out += "\\u" + hex(u.value, 4)
        } else {
          out += "\\U" + hex(u.value, 8)
        }
      }
    }
    return out
  }

  static func hex(_ v: UInt32, _ width: Int) -> String {
    let h = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - h.count)) + h
  }

  /// Go's `unicode.IsPrint`.
  static func isGoPrintable(_ u: Unicode.Scalar) -> Bool { GoStrconv.isPrint(u.value) }

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
    case .float(let d): return GoNumberFormat.jsonFloat(d)
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
