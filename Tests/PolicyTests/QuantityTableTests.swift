import Foundation
import Policy
import Testing
import Values

/// Kubernetes' own quantity facts (apimachinery's `quantity_test.go` tables and the
/// `resource.Quantity` documentation), one JSON line each in `Data/quantity-kubernetes.jsonl`:
/// parsing (value and format), canonical printing, comparison, rounding and arithmetic.
struct QuantityTableTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let fields: [String: Value]
    let line: Int
    func text(_ key: String) -> String { fields[key]?.stringValue ?? "" }
    func int(_ key: String) -> Int {
      if case .float(let f)? = fields[key] { return Int(f) }
      return 0
    }
    var op: String { text("op") }
    var testDescription: String { "line \(line): \(op) \(text("in"))\(text("a")) (\(text("from")))" }
  }

  static let cases: [Case] = {
    let url = Bundle.module.resourceURL!.appendingPathComponent("Data/quantity-kubernetes.jsonl")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").enumerated().compactMap { index, line in
      guard case .map(let m)? = try? GoJSON.decode(String(line)) else { return nil }
      return Case(fields: m.storage, line: index + 1)
    }
  }()

  static func format(_ name: String) -> Quantity.Format { Quantity.Format(rawValue: name) ?? .decimalSI }

  /// A quantity of exact decimal `value` in `format` (as the Go tests build with decQuantity).
  static func make(_ value: String, _ format: String) throws -> Quantity {
    var q = try Quantity(value)
    q.format = Self.format(format)
    return q
  }

  @Test func theTableHoldsAtLeast300Cases() {
    #expect(Self.cases.count >= 300)
  }

  @Test(arguments: cases)
  func agreesWithKubernetes(_ c: Case) throws {
    switch c.op {
    case "parse":
      let q = try Quantity(c.text("in"))
      #expect(q.decimalString == c.text("value"))
      #expect(q.format.rawValue == c.text("format"))
    case "invalid":
      #expect(throws: QuantityError.self) { try Quantity(c.text("in")) }
    case "string":
      let q = try Quantity(c.text("in"))
      #expect(q.description == c.text("out"))
      if !c.text("value").isEmpty { #expect(q.decimalString == c.text("value")) }
    case "format":
      #expect(try Self.make(c.text("value"), c.text("format")).description == c.text("out"))
    case "cmp":
      #expect(Quantity.compare(try Quantity(c.text("a")), try Quantity(c.text("b"))) == c.int("want"))
    case "roundup":
      let (q, exact) = try Quantity(c.text("in")).roundedUp(toScale: c.int("scale"))
      #expect(q.decimalString == c.text("value"))
      #expect(exact == (c.fields["exact"].map { if case .bool(true) = $0 { true } else { false } } ?? false))
    case "add", "sub":
      let a = try Self.make(c.text("a"), c.text("af"))
      let b = try Self.make(c.text("b"), c.text("bf"))
      #expect((c.op == "add" ? a + b : a - b).decimalString == c.text("value"))
    case "mul":
      #expect(
        try Self.make(c.text("a"), c.text("af")).multiplied(by: c.int("by")).decimalString == c.text("value"))
    default:
      Issue.record("unknown op \(c.op)")
    }
  }
}
