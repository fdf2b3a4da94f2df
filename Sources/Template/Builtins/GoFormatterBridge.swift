import GoLib
import Values

/// The one place the template engine calls Go's `fmt` (`Values.GoFormatter`): `%v`
/// printing of action results, `print`, `println`, `printf`, and the `%s` texts that
/// `eq` puts in its errors.
enum GoFormatterBridge {
  static func formatV(_ v: Value) -> String { GoFormatter.formatV(v) }
  static func formatFloat(_ f: Double) -> String { GoFormatter.formatFloat(f) }
  static func sprint(_ args: [Value]) -> String { GoFormatter.sprint(args) }
  static func sprintln(_ args: [Value]) -> String { GoFormatter.sprintln(args) }
  static func sprintf(_ format: String, _ args: [Value]) -> String { GoFormatter.sprintf(format, args) }
}
