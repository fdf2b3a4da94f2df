import Foundation
import Testing

/// `chartc version` and `chartc --version`: more than a bare number.
@Suite struct VersionTests {
  @Test func versionFlagPrintsHelmVersionCommitAndSchemas() throws {
    let run = try ChartcRun.run(["--version"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count >= 3, "\(run.stdout)")
    #expect(lines.first?.hasPrefix("chartc ") == true)
    #expect(run.stdout.contains("Helm v4.2.3"))
    #expect(run.stdout.contains("commit "))
    #expect(run.stdout.contains("v1.36"))
    #expect(run.stdout.contains("monitoring.coreos.com"))
  }

  @Test func versionCommandJSON() throws {
    let run = try ChartcRun.run(["version", "-o", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["helm"] as? String == "v4.2.3")
    #expect((object["version"] as? String)?.isEmpty == false)
    #expect((object["commit"] as? String)?.isEmpty == false)
    let kubernetes = try #require(object["kubernetes"] as? [String])
    #expect(kubernetes.contains("v1.31") && kubernetes.contains("v1.37"))
    #expect((object["crds"] as? [String])?.contains("cert-manager.io") == true)
    let text = try ChartcRun.run(["version"])
    #expect(text.stdout == (try ChartcRun.run(["--version"])).stdout)
  }
}
