import Checking
import GoLib

/// `-o junit`: one test suite per chart render, one failing test case per failing finding
/// (warnings and info as passing cases with their text), a passing case when clean.
public enum LintJUnitReport {
  public static func render(_ report: LintReport) -> String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    var totalTests = 0
    var totalFailures = 0
    var suites = ""
    for outcome in report.outcomes {
      let findings = report.shown(outcome)
      let failures = findings.filter(report.fails).count
      let tests = max(1, findings.count)
      totalTests += tests
      totalFailures += failures
      suites +=
        "  <testsuite name=\"\(escape(report.title(outcome)))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
      if findings.isEmpty {
        suites += "    <testcase name=\"lint\" classname=\"\(escape(outcome.target.chart))\"/>\n"
      }
      for finding in findings {
        let where_ = report.filePath(finding, in: outcome).map { "\($0):\(report.line(finding))" } ?? ""
        let name = "\(finding.rule) \(where_)".trimmingCharacters(in: .whitespaces)
        var text = finding.message
        if let object = finding.object { text = "\(object.description): " + text }
        suites += "    <testcase name=\"\(escape(name))\" classname=\"\(escape(outcome.target.chart))\">\n"
        if report.fails(finding) {
          suites +=
            "      <failure message=\"\(escape(text))\" type=\"\(finding.severity.rawValue)\">\(escape(text))</failure>\n"
        } else {
          suites += "      <system-out>\(escape(finding.severity.rawValue + ": " + text))</system-out>\n"
        }
        suites += "    </testcase>\n"
      }
      suites += "  </testsuite>\n"
    }
    out += "<testsuites name=\"chartc lint\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\">\n"
    out += suites + "</testsuites>\n"
    return out
  }

  static func escape(_ s: String) -> String { ScalarEscaper.xmlText.escape(s) }
}
