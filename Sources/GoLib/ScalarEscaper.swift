/// Text escaping by a table: each Unicode scalar the table names becomes its replacement,
/// any other is offered to `other` (nil keeps it as written). The one mechanism under the
/// HTML, XML, JavaScript and JSON-style escapers of templates, reports and messages.
public struct ScalarEscaper: Sendable {
  public let table: [Unicode.Scalar: String]
  public let other: @Sendable (Unicode.Scalar) -> String?
  /// The ASCII characters that are escaped (bit `c` of word `c / 64`), asked of the table
  /// and of `other` once: text without them and without non-ASCII is returned as it is.
  private let escapedASCII: (UInt64, UInt64)

  public init(
    _ table: [Unicode.Scalar: String], other: @escaping @Sendable (Unicode.Scalar) -> String? = { _ in nil }
  ) {
    self.table = table
    self.other = other
    var words: (UInt64, UInt64) = (0, 0)
    for value in UInt8(0)..<128 {
      let scalar = Unicode.Scalar(value)
      guard table[scalar] != nil || other(scalar) != nil else { continue }
      if value < 64 { words.0 |= 1 << value } else { words.1 |= 1 << (value - 64) }
    }
    escapedASCII = words
  }

  /// Whether `byte` is ASCII that stays as written.
  @inline(__always)
  private func keeps(_ byte: UInt8) -> Bool {
    byte < 64 ? escapedASCII.0 & (1 << byte) == 0 : byte < 128 && escapedASCII.1 & (1 << (byte - 64)) == 0
  }

  /// `s` escaped.
  public func escape(_ s: String) -> String {
    // A byte that is not kept is ASCII to escape or the first byte of a non-ASCII scalar:
    // everything before it is copied as it is.
    guard let first = s.utf8.firstIndex(where: { !keeps($0) }) else { return s }
    var out = String(s[..<first])
    out.reserveCapacity(s.utf8.count + 8)
    for scalar in s.unicodeScalars[first...] {
      if scalar.isASCII && keeps(UInt8(scalar.value)) {
        out.unicodeScalars.append(scalar)
      } else if let replacement = table[scalar] ?? other(scalar) {
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
