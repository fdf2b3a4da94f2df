import Values

/// Go's `fmt` package as templates use it: `Sprint`, `Sprintln` and `Sprintf` over `Value`s,
/// with Go's verbs, flags, widths, precisions, argument indexes and `%!verb(type=value)`
/// error forms, and floats printed by a port of Go's `strconv`.
///
/// Objects (`.object`) print through `GoObject.formatted(plus:sharp:)`, which plays the role
/// of Go's `String()`/`GoString()` methods; typed slices print element by element.
public enum GoFormatter {
  /// `fmt.Sprint(v)`: the `%v` form of one value (`<nil>` for nil).
  public static func formatV(_ v: Value) -> String {
    var p = GoFormatPrinter()
    p.printArg(v, verb: UInt32(UInt8(ascii: "v")))
    return p.string
  }

  /// `fmt.Sprintf("%v", v)`, `"%+v"` (`plus`) or `"%#v"` (`sharp`).
  public static func formatV(_ v: Value, plus: Bool, sharp: Bool) -> String {
    var p = GoFormatPrinter()
    p.f.plusV = plus
    p.f.sharpV = sharp
    p.printArg(v, verb: UInt32(UInt8(ascii: "v")))
    return p.string
  }

  /// `strconv.FormatFloat(f, 'g', -1, bitSize)`, which is also `fmt`'s `%v` of a float64
  /// (or of a float32 with `bitSize` 32): shortest digits, exponent form when the decimal
  /// exponent is < -4 or ≥ 6 (so `1e+06`, `100000`, `1e-05`, `-0`, `+Inf`, `NaN`).
  public static func formatFloat(_ f: Double, bitSize: Int = 64) -> String {
    GoStrconv.formatFloat(f, fmt: UInt8(ascii: "g"), prec: -1, bitSize: bitSize)
  }

  /// `fmt.Sprint(args...)`: operands in `%v` form, a space between two operands when
  /// neither is a string.
  public static func sprint(_ args: [Value]) -> String {
    var p = GoFormatPrinter()
    p.doPrint(args)
    return p.string
  }

  /// `fmt.Sprintln(args...)`: operands in `%v` form separated by spaces, then a newline.
  public static func sprintln(_ args: [Value]) -> String {
    var p = GoFormatPrinter()
    p.doPrintln(args)
    return p.string
  }

  /// `fmt.Sprintf(format, args...)`.
  public static func sprintf(_ format: String, _ args: [Value]) -> String {
    var p = GoFormatPrinter()
    p.doPrintf(format, args)
    return p.string
  }

  /// Appends `fmt.Sprint(v)` to `buffer` (for writers that build output as bytes).
  public static func appendV(_ v: Value, to buffer: inout [UInt8]) {
    if case .string(let s) = v {
      buffer.append(contentsOf: s.utf8)
      return
    }
    var p = GoFormatPrinter()
    swap(&p.buf, &buffer)
    p.printArg(v, verb: UInt32(UInt8(ascii: "v")))
    swap(&p.buf, &buffer)
  }

  /// Appends `fmt.Sprintf(format, args...)` to `buffer`.
  public static func appendSprintf(_ format: String, _ args: [Value], to buffer: inout [UInt8]) {
    var p = GoFormatPrinter()
    swap(&p.buf, &buffer)
    p.doPrintf(format, args)
    swap(&p.buf, &buffer)
  }
}
