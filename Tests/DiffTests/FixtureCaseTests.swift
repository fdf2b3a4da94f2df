import Foundation
import TestSupport
import Testing

/// Data-driven: each folder of `Data/cases` holds two manifest streams (`old.yaml`,
/// `new.yaml`), optional extra flags (`args`, one per line) and the JSON `chartc diff -o json`
/// must print (`expected.json`). `CHARTC_UPDATE_DIFF_FIXTURES=1` rewrites the expectations.
@Suite struct FixtureCaseTests {
  static let casesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Data/cases")

  static var cases: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: casesFolder.path)) ?? []).sorted()
  }

  @Test(arguments: cases) func jsonOutputMatches(_ name: String) throws {
    let folder = Self.casesFolder.appendingPathComponent(name)
    let extra =
      (try? String(contentsOf: folder.appendingPathComponent("args"), encoding: .utf8))?
      .split(separator: "\n").map(String.init) ?? []
    let run = try ChartcProcess.run(["diff", "old.yaml", "new.yaml", "-o", "json"] + extra, in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let expectedURL = folder.appendingPathComponent("expected.json")
    if ProcessInfo.processInfo.environment["CHARTC_UPDATE_DIFF_FIXTURES"] == "1" {
      try Data(run.stdout.utf8).write(to: expectedURL)
    }
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    #expect(run.stdout == expected)
  }
}
