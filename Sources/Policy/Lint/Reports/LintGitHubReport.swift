import Checking

/// `-o github`: GitHub Actions workflow commands (`::error file=F,line=L,title=T::message`),
/// one per finding, so findings appear on the pull request's lines.
public enum LintGitHubReport {
  public static func render(_ report: LintReport) -> String {
    var out = ""
    for outcome in report.outcomes {
      for finding in report.shown(outcome) {
        let command =
          switch finding.severity {
          case .error: "error"
          case .warning: "warning"
          case .info: "notice"
          }
        var properties: [String] = []
        if let file = report.filePath(finding, in: outcome) {
          properties.append("file=" + escapeProperty(file))
          properties.append("line=\(report.line(finding))")
        }
        properties.append("title=" + escapeProperty("\(finding.rule) (\(report.title(outcome)))"))
        var message = finding.message
        if let object = finding.object { message = "\(object.description): " + message }
        out += "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
      }
    }
    return out
  }

  /// The escaping of a command's message (`%`, CR, LF).
  static func escapeData(_ s: String) -> String {
    s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  /// The escaping of a property value (also `:` and `,`).
  static func escapeProperty(_ s: String) -> String {
    escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}
