import Foundation
import GoLib

/// Log lines on stderr in Helm's `slog` text format (`level=DEBUG msg="…" key=value`).
enum Diagnostics {
  static func debug(_ message: String, _ attributes: (String, String)...) {
    var line = "level=DEBUG msg=\(quote(message))"
    for (key, value) in attributes { line += " \(key)=\(quote(value))" }
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// slog quotes a value (with `strconv.Quote`) when it is empty or holds spaces, quotes, `=`
  /// or control characters.
  static func quote(_ value: String) -> String {
    let needsQuotes =
      value.isEmpty
      || value.contains { $0 == " " || $0 == "\"" || $0 == "=" || $0.asciiValue.map { $0 < 0x20 } == true }
    return needsQuotes ? GoStrconv.quote(value) : value
  }
}
