import Functions
import Testing
import Values

/// spf13/cast v1.7.0 conversions (expected values from helm-oracle: `int`, `int64`,
/// `float64` of the same inputs).
@Suite struct GoCastTests {
  @Test(
    arguments: [
      ("12", 12), ("3.99", 0), ("0x1A", 26), ("017", 15), ("0777", 511), ("x1", 0), ("1e3", 0),
      ("1_000", 1000),
      (" 5 ", 0), ("+3", 3), ("", 0), ("5.0", 5), ("-4", -4), ("0b101", 5), ("0o17", 15), ("08", 0),
      ("9223372036854775807", 9_223_372_036_854_775_807), ("9223372036854775808", 0),
    ] as [(String, Int64)])
  func stringToInt64(_ input: String, _ expected: Int64) {
    #expect(GoCast.toInt64(.string(input)) == expected)
  }

  @Test(
    arguments: [
      ("12", 12.0), ("3.99", 3.99), ("0x1A", 0), ("017", 17), ("1e3", 1000), ("1_000", 1000), (" 5 ", 0),
      ("+3", 3), ("", 0), ("-Inf", -Double.infinity), ("0x1p4", 16), ("1e400", 0),
    ] as [(String, Double)])
  func stringToFloat64(_ input: String, _ expected: Double) {
    #expect(GoCast.toFloat64(.string(input)) == expected)
  }

  @Test func floatsTruncateAndSaturateAsOnX86() {
    #expect(GoCast.toInt64(.float(2.7)) == 2)
    #expect(GoCast.toInt64(.float(-2.7)) == -2)
    #expect(GoCast.toInt64(.float(1e20)) == Int64.min)
    #expect(GoCast.toInt64(.float(.nan)) == Int64.min)
    #expect(GoCast.toInt64(.bool(true)) == 1)
    #expect(GoCast.toInt64(.null) == 0)
    #expect(GoCast.toInt64(.list([.int(1)])) == 0)
  }
}
