/// `chartc diff -o markdown`, for a pull-request comment: a summary table per chart and
/// environment, then a collapsible `<details>` section per resource with its field changes
/// and a unified diff. The whole stays under `limit` characters (GitHub refuses comments of
/// 65,536 and more): resources that do not fit are left out and a note says how many.
public enum DiffMarkdownReport {
  /// GitHub's comment limit.
  public static let githubLimit = 65_536

  public static func render(_ report: DiffReport, limit: Int = githubLimit - 1) -> String {
    var head = "## chartc diff: `\(inline(report.oldLabel))` → `\(inline(report.newLabel))`\n\n"
    if !report.hasChanges {
      return head + "No changes to the rendered resources \(DiffTextReport.renders(report)).\n"
    }
    head += ChangeKind.allCases.map { kind -> String in
      let n = report.count(kind)
      return n > 0 ? "**\(n) \(kind.rawValue)**" : "\(n) \(kind.rawValue)"
    }.joined(separator: ", ")
    head += " \(DiffTextReport.renders(report)).\n\n"
    head += "| Chart | Environment | Added | Removed | Changed | Renamed | Migrated |\n"
    head += "| --- | --- | ---: | ---: | ---: | ---: | ---: |\n"
    for section in report.sections {
      let counts = [ChangeKind.added, .removed, .changed, .renamed, .migrated].map { "\(section.count($0))" }
      head += "| \(cell(section.chart)) | \(cell(section.environment.isEmpty ? "—" : section.environment)) | "
      head += counts.joined(separator: " | ") + " |\n"
    }
    head += "\n"

    let reserve = 400
    var body = ""
    var shown = 0
    var current: (String, String)? = nil
    for change in report.changes {
      var block = ""
      if current == nil || current! != (change.chart, change.environment) {
        let title = change.environment.isEmpty ? change.chart : "\(change.chart) · \(change.environment)"
        block += "### \(inline(title))\n\n"
      }
      block += section(
        change, context: report.context,
        budget: change.kind == .added || change.kind == .removed ? 1_500 : 6_000)
      if head.utf8.count + body.utf8.count + block.utf8.count + reserve > limit { break }
      body += block
      shown += 1
      current = (change.chart, change.environment)
    }
    var out = head + body
    let cut = report.changes.count - shown
    if cut > 0 {
      out +=
        "\n> **\(cut) of \(report.changes.count) resources not shown** to keep this comment under GitHub's "
        + "65,536-character limit: the summary above counts them all; run `chartc diff` locally or open the HTML "
        + "report (`-o html`) for every diff.\n"
    }
    return out
  }

  private static func section(_ change: ResourceChange, context: Int, budget: Int) -> String {
    var out = "<details>\n<summary><b>\(change.kind.rawValue)</b> <code>\(html(change.title))</code>"
    switch change.kind {
    case .changed: out += " (\(DiffTextReport.fieldCount(change)))"
    case .renamed: out += " from <code>\(html(change.from ?? ""))</code>"
    case .migrated:
      out += " <code>\(html(change.from ?? ""))</code> → <code>\(html(change.reference.apiVersion))</code>"
    default: break
    }
    out += "</summary>\n\n"
    if !change.fields.isEmpty {
      out += "| Field | Old | New |\n| --- | --- | --- |\n"
      for field in change.fields {
        let (old, new) = FieldValueText.change(field, limit: 80)
        out += "| <code>\(html(field.path.description))</code>\(field.isOrderOnly ? " (order only)" : "") "
        out += "| <code>\(html(old))</code> | <code>\(html(new))</code> |\n"
      }
      out += "\n"
    }
    var diff = change.unifiedDiff(context: context)
    if diff.utf8.count > budget {
      let lines = UnifiedDiff.splitLines(diff)
      var kept = ""
      for line in lines {
        if kept.utf8.count + line.utf8.count + 1 > budget { break }
        kept += line + "\n"
      }
      diff = kept + "… (diff cut: \(lines.count) lines in all)\n"
    }
    if !diff.isEmpty {
      let fence = String(repeating: "`", count: max(3, longestBacktickRun(diff) + 1))
      out += "\(fence)diff\n\(diff)\(fence)\n\n"
    }
    return out + "</details>\n\n"
  }

  private static func longestBacktickRun(_ text: String) -> Int {
    var longest = 0
    var run = 0
    for c in text {
      run = c == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    return longest
  }

  /// What `html` writes for the characters HTML and Markdown tables give a meaning to.
  private static let htmlEscapes: [Character: String] = [
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "|": "&#124;", "`": "&#96;", "\n": " ",
  ]

  static func html(_ text: String) -> String {
    var out = ""
    for c in text {
      if let escaped = htmlEscapes[c] {
        out += escaped
      } else {
        out.append(c)
      }
    }
    return out
  }

  private static func cell(_ text: String) -> String { html(text) }

  private static func inline(_ text: String) -> String {
    text.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "\n", with: " ")
  }
}
