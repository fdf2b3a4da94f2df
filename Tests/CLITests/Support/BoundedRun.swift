import Foundation
import Testing

extension ChartcRun {
  /// Exit status `timeout(1)` reports for a command it killed with SIGKILL.
  static let killedStatus: Int32 = 137

  /// Runs `chartc ARGS` and kills it after `seconds` (a bound on a hang, not a benchmark):
  /// a run that hits the bound comes back with `killedStatus`, which `expectFinished` reports.
  static func bounded(_ arguments: [String], seconds: Int = 10) throws -> ChartcRun {
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
      throw ChartcMissing(path: executable.path)
    }
    return try runProcess(
      URL(fileURLWithPath: "/usr/bin/timeout"), ["-s", "KILL", String(seconds), executable.path] + arguments)
  }

  /// Records an issue when the run was killed at its bound instead of finishing.
  func expectFinished(_ seconds: Int = 10, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(
      status != Self.killedStatus, "chartc did not finish within \(seconds) s", sourceLocation: sourceLocation
    )
  }
}
