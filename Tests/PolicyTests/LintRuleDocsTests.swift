import Foundation
import Policy
import Testing

/// `docs/lint-rules.md` is the registry rendered; `CHARTC_UPDATE_DOCS=1` rewrites it.
struct LintRuleDocsTests {
  static let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/lint-rules.md")

  @Test func theCommittedPageIsTheRegistryRendered() throws {
    let rendered = LintRuleCatalog.markdown()
    if ProcessInfo.processInfo.environment["CHARTC_UPDATE_DOCS"] == "1" {
      try rendered.write(to: Self.page, atomically: true, encoding: .utf8)
    }
    let committed = try String(contentsOf: Self.page, encoding: .utf8)
    #expect(
      committed == rendered,
      "docs/lint-rules.md is stale: run CHARTC_UPDATE_DOCS=1 swift test --filter LintRuleDocsTests")
    for rule in LintRules.all { #expect(committed.contains("`\(rule.id)`")) }
  }
}
