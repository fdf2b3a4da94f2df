import Checking

/// `chartc diff` for a terminal: per chart and environment, each changed resource with its
/// field changes and a unified diff, painted with `TextStyle`; a summary line at the end.
public enum DiffTextReport {
  public static func render(_ report: DiffReport, style: TextStyle) -> String {
    var out = ""
    for section in report.sections where section.total > 0 {
      out += style.bold(heading(section)) + "\n"
      for change in report.changes(in: section) {
        out += line(change, style: style) + "\n"
        let width = change.fields.map { $0.path.description.count }.max() ?? 0
        for field in change.fields {
          let (old, new) = FieldValueText.change(field)
          let path = field.path.description
          let padded = path + String(repeating: " ", count: max(0, min(width, 60) - path.count))
          out += "    \(style.cyan(padded))  \(style.red(old)) → \(style.green(new))"
          out += field.isOrderOnly ? style.dim("  (order only)") + "\n" : "\n"
        }
        let diff = change.unifiedDiff(context: report.context)
        for text in UnifiedDiff.splitLines(diff) {
          let indented = "    " + text
          if text.hasPrefix("+++") || text.hasPrefix("---") {
            out += style.bold(indented) + "\n"
          } else if text.hasPrefix("@@") {
            out += style.cyan(indented) + "\n"
          } else if text.hasPrefix("+") {
            out += style.green(indented) + "\n"
          } else if text.hasPrefix("-") {
            out += style.red(indented) + "\n"
          } else {
            out += indented + "\n"
          }
        }
      }
      out += "\n"
    }
    out += summary(report, style: style) + "\n"
    return out
  }

  static func heading(_ section: DiffReport.Section) -> String {
    section.environment.isEmpty ? section.chart : "\(section.chart) (\(section.environment))"
  }

  private static func line(_ change: ResourceChange, style: TextStyle) -> String {
    let label = change.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
    let title = change.title
    switch change.kind {
    case .added: return "  " + style.green("+ " + label) + " " + title
    case .removed: return "  " + style.red("- " + label) + " " + title
    case .changed:
      return "  " + style.yellow("~ " + label) + " " + title + style.dim("  (\(fieldCount(change)))")
    case .renamed:
      return "  " + style.cyan("> " + label) + " " + title + style.dim("  (from \(change.from ?? ""))")
    case .migrated:
      return "  " + style.blue("^ " + label) + " " + title
        + style.dim("  (\(change.from ?? "") → \(change.reference.apiVersion))")
    }
  }

  /// `in 1 render`, `in 15 renders`.
  static func renders(_ report: DiffReport) -> String {
    report.sections.count == 1 ? "in 1 render" : "in \(report.sections.count) renders"
  }

  static func fieldCount(_ change: ResourceChange) -> String {
    change.fields.count == 1 ? "1 field" : "\(change.fields.count) fields"
  }

  /// `2 changed, 1 added, 0 removed, 0 renamed, 0 migrated in 15 renders`.
  static func summary(_ report: DiffReport, style: TextStyle) -> String {
    if !report.hasChanges {
      let compared = report.sections.map { max($0.oldCount, $0.newCount) }.reduce(0, +)
      return style.bold("No changes") + " (\(compared) resources \(renders(report)))"
    }
    let counts = ChangeKind.allCases.map { "\(report.count($0)) \($0.rawValue)" }.joined(separator: ", ")
    return style.bold("Summary:") + " \(counts) \(renders(report))"
  }
}
