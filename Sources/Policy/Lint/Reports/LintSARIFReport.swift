import Checking
import Foundation

/// `-o sarif`: a SARIF 2.1.0 log (code scanning): the rule catalogue with help text, and one
/// result per finding at its file and line.
public enum LintSARIFReport {
  struct Log: Encodable {
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]
    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version, runs
    }
  }
  struct Run: Encodable {
    var tool: Tool
    var results: [Result]
  }
  struct Tool: Encodable { var driver: Driver }
  struct Driver: Encodable {
    var name = "chartc"
    var informationUri = "https://github.com/chartc/chartc"
    var version: String
    var rules: [Rule]
  }
  struct Rule: Encodable {
    var id: String
    var name: String
    var shortDescription: Text
    var fullDescription: Text
    var help: Text
    var defaultConfiguration: Configuration
  }
  struct Text: Encodable { var text: String }
  struct Configuration: Encodable { var level: String }
  struct Result: Encodable {
    var ruleId: String
    var ruleIndex: Int?
    var level: String
    var message: Text
    var locations: [Location]
    var properties: [String: String]
  }
  struct Location: Encodable { var physicalLocation: PhysicalLocation }
  struct PhysicalLocation: Encodable {
    var artifactLocation: ArtifactLocation
    var region: Region
  }
  struct ArtifactLocation: Encodable { var uri: String }
  struct Region: Encodable { var startLine: Int }

  /// SARIF's level for a severity.
  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  public static func render(_ report: LintReport, toolVersion: String = "0.1.0") -> String {
    let rules = report.rules
    let index = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    var results: [Result] = []
    for outcome in report.outcomes {
      for finding in report.shown(outcome) {
        var properties = ["chart": outcome.target.chart]
        if let env = outcome.target.environment { properties["environment"] = env }
        if let object = finding.object { properties["object"] = object.description }
        if let path = finding.path { properties["field"] = path }
        let file =
          report.filePath(finding, in: outcome) ?? report.relative(outcome.target.request.chartPath)
          + "/Chart.yaml"
        results.append(
          Result(
            ruleId: finding.rule, ruleIndex: index[finding.rule], level: level(finding.severity),
            message: Text(text: finding.message),
            locations: [
              Location(
                physicalLocation: PhysicalLocation(
                  artifactLocation: ArtifactLocation(uri: file),
                  region: Region(startLine: max(1, report.line(finding)))))
            ], properties: properties))
      }
    }
    let log = Log(runs: [
      Run(
        tool: Tool(
          driver: Driver(
            version: toolVersion,
            rules: rules.map {
              Rule(
                id: $0.id, name: $0.id, shortDescription: Text(text: $0.rationale),
                fullDescription: Text(text: $0.rationale),
                help: Text(text: $0.fix), defaultConfiguration: Configuration(level: level($0.severity)))
            })), results: results)
    ])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(log)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
