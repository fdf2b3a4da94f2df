import Checking
import Foundation

/// Everything one `chartc lint` run found, ready for a report format: the outcome of each
/// target, the catalogue of rules, and whether warnings fail (`--strict`).
public struct LintReport: Sendable {
  public let outcomes: [LintOutcome]
  public let rules: [LintRuleDescription]
  public let strict: Bool
  /// `--quiet`: info findings are left out of every format.
  public let quiet: Bool
  /// The folder paths are reported relative to (the working directory).
  public let base: String

  public init(outcomes: [LintOutcome], rules: [LintRuleDescription], strict: Bool, quiet: Bool, base: String)
  {
    self.outcomes = outcomes
    self.rules = rules
    self.strict = strict
    self.quiet = quiet
    self.base = base
  }

  /// The findings a format shows for an outcome.
  public func shown(_ outcome: LintOutcome) -> [Finding] {
    quiet ? outcome.findings.filter { $0.severity > .info } : outcome.findings
  }

  /// Whether a finding fails the run: errors, and warnings with `--strict`.
  public func fails(_ finding: Finding) -> Bool {
    finding.severity == .error || (strict && finding.severity == .warning)
  }

  /// Whether the run fails.
  public var failed: Bool { outcomes.contains { $0.findings.contains(where: fails) } }

  /// Counts of shown findings by severity.
  public var counts: [Severity: Int] {
    var out: [Severity: Int] = [:]
    for outcome in outcomes { for f in shown(outcome) { out[f.severity, default: 0] += 1 } }
    return out
  }

  /// `chart` or `chart (environment)`.
  public func title(_ outcome: LintOutcome) -> String {
    outcome.target.environment.map { "\(outcome.target.chart) (\($0))" } ?? outcome.target.chart
  }

  /// The repository path of a finding's file: template paths (`chart/templates/x.yaml`)
  /// are resolved against the chart's folder, other files kept, both relative to `base`.
  public func filePath(_ finding: Finding, in outcome: LintOutcome) -> String? {
    guard let place = finding.place else { return nil }
    var path = place.file
    let chartName = outcome.target.chart
    let chartPath = outcome.target.request.chartPath
    if path.hasPrefix(chartName + "/") {
      path = (chartPath as NSString).appendingPathComponent(String(path.dropFirst(chartName.count + 1)))
    } else if let slash = path.firstIndex(of: "/"), !path.hasPrefix("/"),
      FileManager.default.fileExists(
        atPath: (chartPath as NSString).appendingPathComponent(String(path[path.index(after: slash)...])))
    {
      path = (chartPath as NSString).appendingPathComponent(String(path[path.index(after: slash)...]))
    }
    return relative(path)
  }

  /// `path` relative to `base` when it lies below it.
  public func relative(_ path: String) -> String {
    let standard = URL(fileURLWithPath: path).standardizedFileURL.path
    let root = URL(fileURLWithPath: base).standardizedFileURL.path
    if standard.hasPrefix(root + "/") { return String(standard.dropFirst(root.count + 1)) }
    return path
  }

  /// The line of a finding (1 when none is known).
  public func line(_ finding: Finding) -> Int { finding.place?.line ?? 1 }
}
