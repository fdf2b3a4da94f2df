import GoLib

/// Writes JSON the way Python's `json.dumps` does by default (`", "` and `": "` separators,
/// non-ASCII escaped as `\uXXXX` with surrogate pairs), so `chartc eval` lines and
/// `chartc render --output json` are byte-identical to helm-oracle's.
public enum PythonStyleJSON {
  /// `{"k1": "v1", "k2": "v2"}` for string-valued pairs, in the order given.
  public static func object(_ pairs: [(String, String)]) -> String {
    "{" + pairs.map { quote($0.0) + ": " + quote($0.1) }.joined(separator: ", ") + "}"
  }

  /// `json.dumps(d, indent=1, sort_keys=True)` of a string map, plus a final newline (as
  /// Python's `print` adds).
  public static func prettyObject(_ d: [String: String]) -> String {
    if d.isEmpty { return "{}\n" }
    let keys = d.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    return "{\n" + keys.map { " " + quote($0) + ": " + quote(d[$0]!) }.joined(separator: ",\n") + "\n}\n"
  }

  /// Python's `json.dumps` string escaping (`ensure_ascii`): backslash escapes, `\b`,
  /// `\f`, and `\uXXXX` (UTF-16, lower-case hex) for everything outside printable ASCII.
  static let escaper = ScalarEscaper(
    ScalarEscaper.backslashEscapes.merging(["\u{08}": "\\b", "\u{0C}": "\\f"]) { a, _ in a },
    other: { scalar in
      guard scalar.value < 0x20 || scalar.value > 0x7E else { return nil }
      guard scalar.value > 0xFFFF else { return ScalarEscaper.unicodeEscape(scalar.value) }
      let v = scalar.value - 0x10000
      return ScalarEscaper.unicodeEscape(0xD800 + (v >> 10))
        + ScalarEscaper.unicodeEscape(0xDC00 + (v & 0x3FF))
    })

  public static func quote(_ s: String) -> String { escaper.quote(s) }
}
