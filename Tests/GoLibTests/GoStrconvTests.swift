import Testing
import Values

@testable import GoLib

/// Float formatting: the fast shortest-digit path agrees with Go's exact `roundShortest`,
/// and fixed precisions round exactly (half to even on the binary value).
@Suite struct GoStrconvTests {
  /// A deterministic stream of doubles covering all exponents, subnormals and round numbers.
  static func sampleDoubles(_ n: Int) -> [Double] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    var out: [Double] = [
      0.1, 0.3, 1e23, Double(bitPattern: 1), 2.2250738585072014e-308, 1.7976931348623157e308,
      9007199254740992, 123456789, 1e21, 1e-7, 0.000001, 2.675, 1.005, 8.41e21,
      Double(bitPattern: 0x5C0A_0000_0000),
    ]
    while out.count < n {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      let bits = state
      let d = Double(bitPattern: bits)
      if d.isFinite { out.append(d) }
      state = state &* 6364136223846793005 &+ 1442695040888963407
      let small = Double(Int64(bitPattern: state) % 1_000_000) / 1000
      out.append(small)
    }
    return out
  }

  @Test func shortestDigitsMatchExactAlgorithm() {
    for d in Self.sampleDoubles(4000) where d != 0 {
      let fast = GoStrconv.fastShortestDigits(d)
      let exact = GoStrconv.exactShortestDigits(d)
      #expect(fast.digits == exact.digits && fast.dp == exact.dp, "\(d): \(fast) vs \(exact)")
    }
  }

  @Test func shortestDigitsMatchExactAlgorithmFor32Bits() {
    for d in Self.sampleDoubles(2000) where Float(d) != 0 && Float(d).isFinite {
      let fast = GoStrconv.fastShortestDigits(d, bitSize: 32)
      let exact = GoStrconv.exactShortestDigits(d, bitSize: 32)
      #expect(fast.digits == exact.digits && fast.dp == exact.dp, "\(d): \(fast) vs \(exact)")
    }
  }

  @Test func formatFloat32Forms() {
    func g(_ d: Double, _ f: Character, _ p: Int) -> String {
      GoStrconv.formatFloat(d, fmt: f.asciiValue!, prec: p, bitSize: 32)
    }
    #expect(g(0.1, "g", -1) == "0.1")
    #expect(g(1.0 / 3, "g", -1) == "0.33333334")
    #expect(g(16_777_217, "f", -1) == "16777216")
    #expect(g(1e40, "g", -1) == "+Inf")
    #expect(g(1e7, "g", -1) == "1e+07")
    #expect(g(0.1, "e", 10) == "1.0000000149e-01")
    #expect(g(1, "b", -1) == "8388608p-23")
    #expect(g(1.5, "x", -1) == "0x1.8p+00")
  }

  @Test func formatFloatForms() {
    func g(_ d: Double, _ f: Character, _ p: Int) -> String {
      GoStrconv.formatFloat(d, fmt: f.asciiValue!, prec: p)
    }
    #expect(g(1e6, "g", -1) == "1e+06")
    #expect(g(100000, "g", -1) == "100000")
    #expect(g(-0.0, "g", -1) == "-0")
    #expect(g(.infinity, "g", -1) == "+Inf")
    #expect(g(-.infinity, "g", -1) == "-Inf")
    #expect(g(.nan, "g", -1) == "NaN")
    #expect(g(2.5, "f", 0) == "2")
    #expect(g(3.5, "f", 0) == "4")
    #expect(g(0.125, "f", 2) == "0.12")
    #expect(g(0.375, "f", 2) == "0.38")
    #expect(g(1.005, "f", 2) == "1.00")
    #expect(g(Double(bitPattern: 1), "e", 3) == "4.941e-324")
    #expect(g(1e21, "f", -1) == "1000000000000000000000")
    #expect(g(123456.789, "e", 2) == "1.23e+05")
    #expect(g(1234.5678, "g", 3) == "1.23e+03")
    #expect(g(0.1, "f", 20) == "0.10000000000000000555")
    #expect(g(1, "b", -1) == "4503599627370496p-52")
    #expect(g(1.5, "x", -1) == "0x1.8p+00")
    #expect(g(9.999, "e", 0) == "1e+01")
  }

  @Test func quoting() {
    #expect(GoStrconv.quote("héllo\t\u{7f}\u{2028}") == "\"héllo\\t\\x7f\\u2028\"")
    #expect(GoStrconv.quoteToASCII("é😀") == "\"\\u00e9\\U0001f600\"")
    #expect(GoStrconv.canBackquote(Array("a\tb".utf8)))
    #expect(!GoStrconv.canBackquote(Array("a`b".utf8)))
    var out: [UInt8] = []
    GoStrconv.appendQuoted(&out, [0x61, 0xff, 0x62], asciiOnly: false)
    #expect(String(decoding: out, as: UTF8.self) == "\"a\\xffb\"")
  }
}

/// The byte-buffer entry points write what the string ones return.
@Suite struct GoFormatterBufferTests {
  @Test func appendMatchesStringForms() {
    var buf = Array("x=".utf8)
    GoFormatter.appendV(.list([.float(1e6), .string("a"), .null]), to: &buf)
    GoFormatter.appendSprintf("|%05.1f|%q", [.float(-2.5), .string("é")], to: &buf)
    #expect(String(decoding: buf, as: UTF8.self) == "x=[1e+06 a <nil>]|-02.5|\"é\"")
    #expect(GoFormatter.sprint([.int(1), .int(2), .string("a"), .int(3)]) == "1 2a3")
    #expect(GoFormatter.sprintln([.string("a"), .null]) == "a <nil>\n")
    #expect(
      GoFormatter.formatV(.map(["a": .null]), plus: false, sharp: true)
        == "map[string]interface {}{\"a\":interface {}(nil)}")
    #expect(GoFormatter.formatFloat(123456789) == "1.23456789e+08")
  }
}
