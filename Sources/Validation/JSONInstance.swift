import GoLib
import Values

/// JSON views of a `Value` used by the validator: JSON type, numbers, equality.
enum JSONType: String, Sendable, CaseIterable {
  case null, boolean, object, array, number, string, integer
}

/// A JSON number as the validator compares it: exact integers where possible.
enum JSONNumber: Sendable {
  case integer(Int64)
  case real(Double)

  var double: Double {
    switch self {
    case .integer(let i): return Double(i)
    case .real(let d): return d
    }
  }

  var isIntegral: Bool {
    switch self {
    case .integer: return true
    case .real(let d): return d.isFinite && d.rounded(.towardZero) == d
    }
  }

  /// -1, 0, 1 comparison with mixed representations.
  func compare(_ other: JSONNumber) -> Int {
    if case .integer(let a) = self, case .integer(let b) = other { return a < b ? -1 : (a > b ? 1 : 0) }
    let a = double, b = other.double
    return a < b ? -1 : (a > b ? 1 : 0)
  }

  /// The number as Go's `%v` prints a float64 in jsonschema messages.
  var text: String {
    switch self {
    case .integer(let i): return String(i)
    case .real(let d):
      return MessageNumbers.jsonFloat(d)
    }
  }
}

extension Value {
  /// Items of a JSON array (any Go slice).
  var jsonArray: [Value]? { sliceItems }

  /// The number held, if this value is a JSON number.
  var jsonNumber: JSONNumber? {
    switch self {
    case .int(let i): return .integer(Int64(i))
    case .int64(let i): return .integer(i)
    case .float(let d): return .real(d)
    default: return nil
    }
  }

  /// The JSON type (integer for numbers with a zero fraction).
  var jsonType: JSONType {
    switch self {
    case .null: return .null
    case .bool: return .boolean
    case .int, .int64: return .integer
    case .float(let d): return d.isFinite && d.rounded(.towardZero) == d ? .integer : .number
    case .string: return .string
    case .list: return .array
    case .map: return .object
    case .object(let o): return o.sliceItems != nil ? .array : .object
    }
  }

  /// JSON equality: numbers by value, objects unordered, arrays ordered.
  func jsonEquals(_ other: Value) -> Bool {
    if let a = jsonNumber, let b = other.jsonNumber { return a.compare(b) == 0 }
    switch (self, other) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.string(let a), .string(let b)): return UTF8Text.equal(a, b)
    case (.map(let a), .map(let b)):
      guard a.count == b.count else { return false }
      for (k, v) in a.storage {
        guard let w = b.storage[k], v.jsonEquals(w) else { return false }
      }
      return true
    default:
      if let a = jsonArray, let b = other.jsonArray {
        guard a.count == b.count else { return false }
        for i in a.indices where !a[i].jsonEquals(b[i]) { return false }
        return true
      }
      return false
    }
  }

  /// Compact JSON text for messages.
  var jsonText: String {
    switch self {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int, .int64, .float: return jsonNumber?.text ?? "0"
    case .string(let s): return jsonQuoted(s)
    case .map(let m):
      return "{"
        + m.sortedKeys.map { jsonQuoted($0) + ":" + (m.storage[$0]?.jsonText ?? "null") }.joined(
          separator: ",") + "}"
    case .list(let items): return "[" + items.map(\.jsonText).joined(separator: ",") + "]"
    case .object(let o):
      if let items = o.sliceItems { return "[" + items.map(\.jsonText).joined(separator: ",") + "]" }
      return "{}"
    }
  }
}

/// The JSON escaping of message and report strings: backslash escapes, `\u00XX` for other
/// control characters.
let jsonEscaper = ScalarEscaper(
  ScalarEscaper.backslashEscapes, other: { $0.value < 0x20 ? ScalarEscaper.unicodeEscape($0.value) : nil })

/// A JSON string literal for `s`.
func jsonQuoted(_ s: String) -> String { jsonEscaper.quote(s) }
