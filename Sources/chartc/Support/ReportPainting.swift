import Checking

/// Colour for the plain-text reports of the CLI, when the style is enabled: failures red,
/// passes green, diff lines red and green.
enum ReportPainting {
  /// A `chartc validate` text report: resources that failed in red, the summary in bold.
  static func validation(_ text: String, style: TextStyle) -> String {
    guard style.isEnabled else { return text }
    return mapLines(text) { line in
      if line.hasSuffix(" is invalid") || line.hasSuffix(" failed validation") || line.hasSuffix(": invalid")
      {
        return style.red(line)
      }
      if line.hasPrefix("  - ") { return style.yellow(line) }
      if line.hasPrefix("Summary: ") { return style.bold(line) }
      return line
    }
  }

  /// A `chartc golden check` report: status words and unified-diff lines.
  static func golden(_ text: String, style: TextStyle) -> String {
    guard style.isEnabled else { return text }
    return mapLines(text) { line in
      for word in ["drift ", "missing ", "error ", "extra "] where line.hasPrefix(word) {
        return style.red(line)
      }
      if line.hasPrefix("ok ") { return style.green(line) }
      if line.hasPrefix("+++ ") || line.hasPrefix("--- ") { return style.bold(line) }
      if line.hasPrefix("@@") { return style.cyan(line) }
      if line.hasPrefix("+") { return style.green(line) }
      if line.hasPrefix("-") { return style.red(line) }
      return line
    }
  }

  private static func mapLines(_ text: String, _ transform: (String) -> String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { transform(String($0)) }
      .joined(separator: "\n")
  }
}
