import Charts
import Checking
import Foundation
import Policy
import Testing

/// Rule parameters the configuration sets: external references, the schema registry.
struct LintRuleParameterTests {
  static func release(_ rule: String, _ name: String) throws -> RenderedRelease {
    let source = LintRuleFixtureTests.data.appendingPathComponent(rule).appendingPathComponent(name)
    let chart = try FixtureChart.make(from: source)
    defer { try? FileManager.default.removeItem(at: chart.deletingLastPathComponent()) }
    return try CheckingPipeline().render(RenderRequest(chartPath: chart.path))
  }

  @Test func declaredExternalReferencesAreNotMissing() throws {
    let release = try Self.release("missing-reference", "fail")
    #expect(MissingReferenceRule().check(release).count == 3)
    let some = MissingReferenceRule(external: ["ServiceAccount/web", "ConfigMap/default/web-*"])
    #expect(some.check(release).map(\.path) == ["/spec/template/spec/containers/0/envFrom/0/secretRef/name"])
    let wrongNamespace = MissingReferenceRule(external: ["Secret/other/web-credentials", "Secret/web"])
    #expect(wrongNamespace.check(release).count == 3)
    #expect(
      MissingReferenceRule(external: ["Secret/*", "ConfigMap/*", "ServiceAccount/*"]).check(release).isEmpty)
  }

  @Test func withoutSchemasOnlyKeysAreChecked() throws {
    let release = try Self.release("yaml-reinterpreted", "fail")
    #expect(YAMLReinterpretedRule(registry: nil).check(release).map(\.path) == ["/data/true"])
    #expect(YAMLReinterpretedRule(registry: LintRuleFixtureTests.registry).check(release).count == 4)
  }
}

/// The schema answers a rule remembers change nothing: one rule instance run over several
/// releases finds what fresh instances find.
struct LintRuleMemoryTests {
  @Test func rememberedSchemaAnswersFindTheSameAsFreshOnes() throws {
    let shared = YAMLReinterpretedRule(registry: LintRuleFixtureTests.registry)
    for name in ["pass", "fail", "fail-version-label", "pass", "fail"] {
      let release = try LintRuleParameterTests.release("yaml-reinterpreted", name)
      let fresh = YAMLReinterpretedRule(registry: LintRuleFixtureTests.registry).check(release)
      #expect(shared.check(release) == fresh, "\(name)")
      #expect(shared.check(release) == fresh, "\(name), second run")
    }
  }
}
