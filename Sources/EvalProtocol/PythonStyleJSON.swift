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

  public static func quote(_ s: String) -> String {
    var out = "\""
    out.reserveCapacity(s.utf8.count + 2)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      default:
        if scalar.value < 0x20 || scalar.value > 0x7E {
          if scalar.value > 0xFFFF {
            let v = scalar.value - 0x10000
            out += hex4(0xD800 + (v >> 10)) + hex4(0xDC00 + (v & 0x3FF))
          } else {
            out += hex4(scalar.value)
          }
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
    return out
  }

  private static func hex4(_ v: UInt32) -> String {
    let digits = String(v, radix: 16)
    return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
  }
}
