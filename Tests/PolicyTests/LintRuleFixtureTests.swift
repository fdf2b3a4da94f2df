import Charts
import Checking
import Foundation
import Policy
import Testing
import Validation

/// Every lint rule against its fixtures: `Data/rules/<rule-id>/<case>/` is a small chart
/// (its `Chart.yaml` may be left out) and `expected.txt` lists the findings of that rule,
/// one `rule-id file:line pointer` per line. Cases named `fail*` must find something,
/// cases named `pass*` nothing. `CHARTC_UPDATE_RULE_FIXTURES=1` rewrites the expected files.
struct LintRuleFixtureTests {
  static let data = Bundle.module.resourceURL!.appendingPathComponent("Data/rules")
  static let sourceData = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Data/rules")
  /// The bundled schemas of the checkout, as the command line hands them to the rules.
  static let registry = SchemaRegistry.locateBundledDirectory().map { SchemaRegistry(directory: $0) }

  struct Case: CustomStringConvertible, Sendable {
    let rule: String
    let name: String
    var description: String { "\(rule)/\(name)" }
  }

  static var cases: [Case] {
    let fm = FileManager.default
    let rules = (try? fm.contentsOfDirectory(atPath: data.path)) ?? []
    return rules.sorted().flatMap { rule in
      ((try? fm.contentsOfDirectory(atPath: data.appendingPathComponent(rule).path)) ?? []).sorted().map {
        Case(rule: rule, name: $0)
      }
    }
  }

  /// The findings of one rule on one case, as the expected files list them.
  static func findings(of testCase: Case) throws -> [String] {
    let source = data.appendingPathComponent(testCase.rule).appendingPathComponent(testCase.name)
    let chart = try FixtureChart.make(from: source)
    defer { try? FileManager.default.removeItem(at: chart.deletingLastPathComponent()) }
    let release = try CheckingPipeline().render(RenderRequest(chartPath: chart.path))
    let rule = try #require(LintRules.rule(id: testCase.rule, registry: registry), "no rule \(testCase.rule)")
    return rule.check(release).map { f in
      #expect(f.rule == rule.id)
      return [f.rule, f.place?.description ?? "-", f.path ?? "-"].joined(separator: " ")
    }
  }

  @Test(arguments: cases)
  func ruleFindsWhatItsFixtureExpects(_ testCase: Case) throws {
    let found = try Self.findings(of: testCase)
    let expectedURL = Self.data.appendingPathComponent("\(testCase.rule)/\(testCase.name)/expected.txt")
    if ProcessInfo.processInfo.environment["CHARTC_UPDATE_RULE_FIXTURES"] == "1" {
      let target = Self.sourceData.appendingPathComponent("\(testCase.rule)/\(testCase.name)/expected.txt")
      try found.map { $0 + "\n" }.joined().write(to: target, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: expectedURL, encoding: .utf8).split(separator: "\n").map(
      String.init)
    #expect(found == expected)
    if testCase.name.hasPrefix("fail") {
      #expect(!found.isEmpty, "a failing fixture must produce findings")
    } else {
      #expect(found.isEmpty, "a passing fixture must produce no finding")
    }
  }

  @Test func everyRuleHasAFailingAndAPassingFixture() {
    let byRule = Dictionary(grouping: Self.cases, by: \.rule)
    for rule in LintRules.all {
      let names = byRule[rule.id]?.map(\.name) ?? []
      #expect(names.contains { $0.hasPrefix("fail") }, "\(rule.id) has no failing fixture")
      #expect(names.contains { $0.hasPrefix("pass") }, "\(rule.id) has no passing fixture")
    }
    let ids = Set(LintRules.all.map(\.id))
    for rule in byRule.keys { #expect(ids.contains(rule), "fixtures for unknown rule \(rule)") }
  }

  @Test func ruleIdsAreUniqueKebabCaseAndDocumented() {
    let ids = LintRules.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    for rule in LintRules.all {
      #expect(rule.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(rule.id)")
      #expect(!rule.rationale.isEmpty && !rule.fix.isEmpty, "\(rule.id)")
    }
    #expect(LintRules.practice.count >= 40)
  }
}

/// A fixture case as a chart in a scratch folder (a `Chart.yaml` added when the case has none).
enum FixtureChart {
  static func make(from source: URL) throws -> URL {
    let fm = FileManager.default
    let scratch = fm.temporaryDirectory.appendingPathComponent("chartc-rule-\(UUID().uuidString)")
    let chart = scratch.appendingPathComponent("fixture")
    try fm.createDirectory(at: scratch, withIntermediateDirectories: true)
    try fm.copyItem(at: source, to: chart)
    let manifest = chart.appendingPathComponent("Chart.yaml")
    if !fm.fileExists(atPath: manifest.path) {
      try "apiVersion: v2\nname: fixture\nversion: 0.1.0\n".write(
        to: manifest, atomically: true, encoding: .utf8)
    }
    try? fm.removeItem(at: chart.appendingPathComponent("expected.txt"))
    return chart
  }
}
