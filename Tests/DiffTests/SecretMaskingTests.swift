import Foundation
import TestSupport
import Testing

/// A Secret's value and its base64 form appear in no output mode unless `--show-secrets`.
@Suite struct SecretMaskingTests {
  static let folder = FixtureCaseTests.casesFolder.appendingPathComponent("secret-masked")
  static let secrets = ["hunter2-correct-horse", "battery-staple-9"]
  static var forms: [String] {
    secrets + secrets.map { Data($0.utf8).base64EncodedString() }
  }
  static let modes: [[String]] = [
    ["-o", "text", "--color", "never"], ["-o", "text", "--color", "always"], ["-o", "markdown"],
    ["-o", "json"],
    ["-o", "html"],
  ]

  @Test(arguments: modes) func noModeShowsASecretValue(_ mode: [String]) throws {
    let run = try ChartcProcess.run(["diff", "old.yaml", "new.yaml"] + mode, in: Self.folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("sha256:"), "the masked entries are shown by hash")
    for form in Self.forms {
      #expect(!run.stdout.contains(form), "\(mode): the output shows \(form)")
    }
  }

  @Test(arguments: modes) func showSecretsRevealsThem(_ mode: [String]) throws {
    let run = try ChartcProcess.run(
      ["diff", "old.yaml", "new.yaml", "--show-secrets"] + mode, in: Self.folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains(Data("battery-staple-9".utf8).base64EncodedString()))
  }

  /// On a product chart: a changed database password shows as a changed hash only.
  @Test func productChartPasswordChangeIsMasked() throws {
    let chart = SharedFixtures.packageRoot.appendingPathComponent("charts/workfx").path
    let old = "Old-Passw0rd-for-review"
    let new = "New-Passw0rd-for-review"
    for mode in Self.modes {
      let run = try ChartcProcess.run(
        ["diff", chart, "--old-set", "database.password=\(old)", "--new-set", "database.password=\(new)"]
          + mode)
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stdout.contains("sha256:"), "\(mode)")
      for secret in [old, new] {
        for form in [secret, Data(secret.utf8).base64EncodedString()] {
          #expect(!run.stdout.contains(form), "\(mode): the output shows \(form)")
        }
      }
    }
  }
}
