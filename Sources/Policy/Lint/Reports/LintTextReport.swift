import Checking

/// The terminal report: findings grouped by chart (and environment), then by file, each
/// line `LINE  severity  rule  [object]  message`, and a summary line.
public enum LintTextReport {
  public static func render(_ report: LintReport, style: TextStyle = .plain) -> String {
    var out = ""
    for outcome in report.outcomes {
      let findings = report.shown(outcome)
      let status = findings.contains(where: report.fails) ? style.red("fail") : style.green("ok")
      out += style.bold("==> \(report.title(outcome))") + " " + status + "\n"
      var byFile: [String: [Finding]] = [:]
      var order: [String] = []
      for finding in findings {
        let file = report.filePath(finding, in: outcome) ?? "(release)"
        if byFile[file] == nil { order.append(file) }
        byFile[file, default: []].append(finding)
      }
      for file in order.sorted() {
        out += "  " + style.cyan(file) + "\n"
        for finding in byFile[file]!.sorted(by: { report.line($0) < report.line($1) }) {
          let line = finding.place.map { String($0.line) } ?? "-"
          var text = "    " + style.dim(pad(line, 5)) + " " + style.severity(finding.severity)
          text += String(repeating: " ", count: 8 - finding.severity.rawValue.count)
          text += style.bold(finding.rule)
          if let object = finding.object { text += "  " + object.description }
          text += ": " + finding.message.replacingOccurrences(of: "\n", with: "\n          ") + "\n"
          out += text
        }
      }
      if outcome.suppressed > 0 {
        out += style.dim("  (\(outcome.suppressed) suppressed by configuration)") + "\n"
      }
    }
    let counts = report.counts
    out +=
      "\(report.outcomes.count) chart render(s) linted: \(counts[.error] ?? 0) error(s), \(counts[.warning] ?? 0) warning(s), \(counts[.info] ?? 0) info\n"
    return out
  }

  private static func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
  }
}
