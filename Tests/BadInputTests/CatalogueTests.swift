import Foundation
import Testing

/// The bad-input catalogue: malformed YAML, template parse and execution errors, bad flags,
/// broken charts and archives, hostile names. Every case must give exactly its recorded exit
/// status, stderr and stdout (a failed render prints nothing: never a partial output),
/// within a time bound. The expected answers are Helm's (helm-oracle) wherever Helm has one; a case
/// where chartc differs records Helm's answer and the reason. Regenerate with
/// `scripts/make-bad-input-catalogue.py`.
@Suite struct CatalogueTests {
  static let cases = CatalogueCase.all()

  @Test func catalogueHoldsAtLeastAHundredCases() {
    #expect(Self.cases.count >= 100)
  }

  @Test(arguments: cases)
  func caseGivesItsRecordedAnswer(_ c: CatalogueCase) throws {
    let run = try c.run()
    #expect(!run.timedOut, "\(c.name) did not finish in time")
    #expect(run.status == c.status, "\(c.name): exit status")
    #expect(run.stderrText == c.stderr, "\(c.name): stderr")
    // On failure the recorded stdout is what a failed run may print (a validation report),
    // for `render` nothing: never a partial output.
    #expect(run.stdoutText == c.stdout, "\(c.name): stdout")
  }

  /// A case that differs from Helm says why; a case that matches Helm carries no reason.
  @Test(arguments: cases)
  func everyDivergenceFromHelmIsExplained(_ c: CatalogueCase) {
    if c.helmStderr != nil {
      #expect(c.source == "chartc")
      #expect((c.divergence ?? "").count > 20 && c.divergence != "UNEXPLAINED", "\(c.name): no reason given")
    } else {
      #expect(c.divergence == nil, "\(c.name)")
    }
  }
}
