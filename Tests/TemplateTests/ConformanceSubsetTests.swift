import Testing

@testable import Template

/// Runs the builtin-only cases of the shared conformance files and reports pass rates.
@Suite struct ConformanceSubsetTests {
  static let targets: [(String, Double)] = [("syntax", 0.98), ("builtins", 0.98), ("fmt", 0.95), ("errors", 0.90)]

  @Test(arguments: ["syntax", "builtins", "fmt", "errors"])
  func builtinOnlyCases(file: String) {
    guard let cases = ConformanceCase.load(file) else {
      print("skipping \(file): ../shared/conformance not present")
      return
    }
    let selected = cases.filter { $0.chart_values == nil && ConformanceHarness.usesOnlyBuiltins($0) }
    var passed = 0
    var failures: [String] = []
    for c in selected {
      let (out, err) = ConformanceHarness.render(c)
      if out == c.output && err == c.error {
        passed += 1
      } else {
        failures.append(
          "\(c.id)\n  template: \(c.template.debugDescription)\n  expected: \((c.output ?? c.error ?? "").debugDescription)\n  actual:   \((out ?? err ?? "").debugDescription)"
        )
      }
    }
    let rate = selected.isEmpty ? 1 : Double(passed) / Double(selected.count)
    print("[conformance] \(file): \(passed)/\(selected.count) selected cases pass (Go builtins, include, tpl) (\(Int(rate * 1000) / 10)%)")
    for f in failures.prefix(40) { print("[conformance] FAIL \(f)") }
    let target = Self.targets.first { $0.0 == file }?.1 ?? 0
    #expect(rate >= target, "\(file) pass rate \(rate) below \(target)")
  }
}
