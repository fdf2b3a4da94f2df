import Checking
import Foundation

/// `-o json`: one object per chart render with its findings, and a summary.
public enum LintJSONReport {
  struct Document: Encodable {
    var charts: [Chart]
    var summary: Summary
  }
  struct Chart: Encodable {
    var chart: String
    var environment: String?
    var path: String
    var failed: Bool
    var suppressed: Int
    var findings: [Item]
  }
  struct Item: Encodable {
    var rule: String
    var severity: String
    var message: String
    var file: String?
    var line: Int?
    var object: ObjectReference?
    var path: String?
  }
  struct Summary: Encodable {
    var errors: Int
    var warnings: Int
    var info: Int
    var failed: Bool
  }

  public static func render(_ report: LintReport) -> String {
    let charts = report.outcomes.map { outcome in
      Chart(
        chart: outcome.target.chart, environment: outcome.target.environment,
        path: report.relative(outcome.target.request.chartPath),
        failed: report.shown(outcome).contains(where: report.fails),
        suppressed: outcome.suppressed,
        findings: report.shown(outcome).map { f in
          Item(
            rule: f.rule, severity: f.severity.rawValue, message: f.message,
            file: report.filePath(f, in: outcome),
            line: f.place?.line,
            object: f.object, path: f.path)
        })
    }
    let counts = report.counts
    let document = Document(
      charts: charts,
      summary: Summary(
        errors: counts[.error] ?? 0, warnings: counts[.warning] ?? 0, info: counts[.info] ?? 0,
        failed: report.failed))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
