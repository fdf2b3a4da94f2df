/// Text escaping by a table: each Unicode scalar the table names becomes its replacement,
/// any other is offered to `other` (nil keeps it as written). The one mechanism under the
/// HTML, XML, JavaScript and JSON-style escapers of templates, reports and messages.
public struct ScalarEscaper: Sendable {
  public let table: [Unicode.Scalar: String]
  public let other: @Sendable (Unicode.Scalar) -> String?

  public init(
    _ table: [Unicode.Scalar: String], other: @escaping @Sendable (Unicode.Scalar) -> String? = { _ in nil }
  ) {
    self.table = table
    self.other = other
  }

  /// `s` escaped.
  public func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      if let replacement = table[scalar] ?? other(scalar) {
        out += replacement
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// `"` + `s` escaped + `"`.
  public func quote(_ s: String) -> String { "\"" + escape(s) + "\"" }

  /// The XML entities of `&`, `<`, `>`, `"` and `'`.
  public static let xmlEntities: [Unicode.Scalar: String] = [
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;",
  ]

  /// Backslash escapes of `"`, `\\`, newline, carriage return and tab.
  public static let backslashEscapes: [Unicode.Scalar: String] = [
    "\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
  ]

  /// XML 1.0 text and attribute values: the five entities; control characters other than
  /// newline, tab and carriage return, which XML 1.0 cannot hold, dropped.
  public static let xmlText = ScalarEscaper(
    xmlEntities, other: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" ? "" : nil })

  /// `\uXXXX`: `value` in at least four hex digits.
  public static func unicodeEscape(_ value: UInt32, uppercase: Bool = false) -> String {
    let hex = String(value, radix: 16, uppercase: uppercase)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
