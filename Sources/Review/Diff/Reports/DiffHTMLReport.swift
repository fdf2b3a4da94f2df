import Checking
import GoLib

/// `chartc diff -o html`: one self-contained page for CI artifacts (inline CSS and script, a
/// Content-Security-Policy that forbids every request): summary counts, a table per chart
/// and environment, a filter, and a side-by-side diff per resource.
public enum DiffHTMLReport {
  /// Above this many resources, sections start collapsed.
  static let openLimit = 40

  public static func render(_ report: DiffReport) -> String {
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>chartc diff: \(e(report.oldLabel)) → \(e(report.newLabel))</title>
      <style>\(DiffHTMLAssets.css)</style>
      </head>
      <body>
      <header class="top">
      <div class="title"><h1>chartc diff</h1>
      <p class="sides"><code class="side old">\(e(report.oldLabel))</code><span class="arrow">→</span><code class="side new">\(e(report.newLabel))</code></p></div>
      <p class="scope">\(report.sections.count == 1 ? "1 render" : "\(report.sections.count) renders") · \(report.changes.count) resources changed</p>
      </header>
      <section class="cards" id="summary">

      """
    for kind in ChangeKind.allCases {
      let n = report.count(kind)
      out +=
        "<button type=\"button\" class=\"card \(kind.rawValue)\(n == 0 ? " zero" : "")\" data-kind=\"\(kind.rawValue)\" aria-pressed=\"true\">"
        + "<span class=\"n\" id=\"count-\(kind.rawValue)\" data-count=\"\(n)\">\(n)</span>"
        + "<span class=\"label\">\(kind.rawValue)</span></button>\n"
    }
    out += "</section>\n"
    out += matrixTable(report)
    if !report.hasChanges {
      out += "<p class=\"empty\">No changes to the rendered resources.</p>\n"
    } else {
      out += """
        <section class="toolbar">
        <input id="filter" type="search" placeholder="Filter by kind, name, namespace, chart, environment or field path" autocomplete="off">
        <button type="button" id="expand">Expand all</button>
        <button type="button" id="collapse">Collapse all</button>
        <span id="shown" class="shown">\(report.changes.count) of \(report.changes.count) resources</span>
        </section>
        <main id="resources">

        """
      let open = report.changes.count <= openLimit
      for section in report.sections where section.total > 0 {
        let title = section.environment.isEmpty ? section.chart : "\(section.chart) · \(section.environment)"
        out += "<section class=\"group\"><h2>\(e(title))</h2>\n"
        for change in report.changes(in: section) {
          out += resource(change, context: report.context, open: open)
        }
        out += "</section>\n"
      }
      out += "</main>\n"
    }
    out += """
      <footer>Rendered offline by chartc · \(report.secretsMasked ? "Secret values are shown as short hashes" : "Secret values are shown (--show-secrets)")</footer>
      <script>\(DiffHTMLAssets.script)</script>
      </body>
      </html>

      """
    return out
  }

  private static func matrixTable(_ report: DiffReport) -> String {
    var out =
      "<section class=\"matrix\"><table id=\"summary-table\"><thead><tr><th>Chart</th><th>Environment</th>"
    for kind in ChangeKind.allCases { out += "<th class=\"num\">\(kind.rawValue.capitalized)</th>" }
    out += "</tr></thead><tbody>\n"
    for section in report.sections {
      out +=
        "<tr class=\"\(section.total == 0 ? "quiet" : "")\" data-chart=\"\(e(section.chart))\" data-env=\"\(e(section.environment))\">"
      out +=
        "<td>\(e(section.chart))</td><td>\(e(section.environment.isEmpty ? "—" : section.environment))</td>"
      for kind in ChangeKind.allCases {
        let n = section.count(kind)
        out +=
          "<td class=\"num \(kind.rawValue)\(n == 0 ? " zero" : "")\" data-kind=\"\(kind.rawValue)\">\(n)</td>"
      }
      out += "</tr>\n"
    }
    return out + "</tbody></table></section>\n"
  }

  private static func resource(_ change: ResourceChange, context: Int, open: Bool) -> String {
    let r = change.reference
    var search = [
      change.chart, change.environment, r.kind, r.namespace, r.name, r.apiVersion, change.kind.rawValue,
    ]
    if let from = change.from { search.append(from) }
    search += change.fields.map(\.path.description)
    var detail = ""
    switch change.kind {
    case .changed: detail = DiffTextReport.fieldCount(change)
    case .renamed: detail = "from " + (change.from ?? "")
    case .migrated: detail = "\(change.from ?? "") → \(r.apiVersion)"
    case .added, .removed: detail = r.apiVersion
    }
    var out = "<details class=\"resource \(change.kind.rawValue)\" data-kind=\"\(change.kind.rawValue)\""
    out += " data-search=\"\(e(search.joined(separator: " ").lowercased()))\"\(open ? " open" : "")>\n"
    out += "<summary><span class=\"badge \(change.kind.rawValue)\">\(change.kind.rawValue)</span>"
    out +=
      "<span class=\"kind\">\(e(r.kind))</span><span class=\"name\">\(e(r.namespace.isEmpty ? r.name : r.namespace + "/" + r.name))</span>"
    out += "<span class=\"detail\">\(e(detail))</span></summary>\n<div class=\"body\">\n"
    if !change.fields.isEmpty {
      out += "<table class=\"fields\"><thead><tr><th>Field</th><th>Old</th><th>New</th></tr></thead><tbody>\n"
      for field in change.fields {
        let (old, new) = FieldValueText.change(field, limit: 200)
        out += "<tr><td class=\"path\"><code>\(e(field.path.description))</code>"
        out += field.isOrderOnly ? " <span class=\"tag\">order only</span>" : ""
        out +=
          "</td><td class=\"old\"><code>\(e(old))</code></td><td class=\"new\"><code>\(e(new))</code></td></tr>\n"
      }
      out += "</tbody></table>\n"
    }
    out += sideBySide(change, context: context)
    return out + "</div></details>\n"
  }

  private static func sideBySide(_ change: ResourceChange, context: Int) -> String {
    let rows = SideBySideRows.rows(old: change.oldText, new: change.newText, context: context)
    if rows.isEmpty { return "" }
    var out =
      "<div class=\"sbs-wrap\"><table class=\"sbs\"><colgroup><col class=\"ln\"><col class=\"code\"><col class=\"ln\"><col class=\"code\"></colgroup>"
    out += "<thead><tr><th colspan=\"2\">\(e(change.old.map { label($0.reference) } ?? "(absent)"))</th>"
    out +=
      "<th colspan=\"2\">\(e(change.new.map { label($0.reference) } ?? "(absent)"))</th></tr></thead><tbody>\n"
    for row in rows {
      switch row {
      case .hunk(let header):
        out += "<tr class=\"hunk\"><td colspan=\"4\">\(e(header))</td></tr>\n"
      case .lines(let old, let new, let changed):
        var oldText = old.map { e($0.1) } ?? ""
        var newText = new.map { e($0.1) } ?? ""
        if changed, let old, let new {
          (oldText, newText) = highlighted(old.1, new.1)
        }
        let oldClass = old == nil ? "blank" : (changed ? "del" : "")
        let newClass = new == nil ? "blank" : (changed ? "ins" : "")
        out +=
          "<tr><td class=\"ln \(oldClass)\">\(old.map { String($0.0) } ?? "")</td><td class=\"code \(oldClass)\">\(oldText)</td>"
        out +=
          "<td class=\"ln \(newClass)\">\(new.map { String($0.0) } ?? "")</td><td class=\"code \(newClass)\">\(newText)</td></tr>\n"
      }
    }
    return out + "</tbody></table></div>\n"
  }

  private static func label(_ r: ObjectReference) -> String {
    "\(r.apiVersion) \(r.kind) \(r.namespace.isEmpty ? r.name : r.namespace + "/" + r.name)"
  }

  /// Both lines with the part between their common prefix and suffix marked.
  private static func highlighted(_ a: String, _ b: String) -> (String, String) {
    let x = Array(a)
    let y = Array(b)
    var prefix = 0
    while prefix < x.count, prefix < y.count, x[prefix] == y[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < x.count - prefix, suffix < y.count - prefix,
      x[x.count - 1 - suffix] == y[y.count - 1 - suffix]
    {
      suffix += 1
    }
    func mark(_ c: [Character]) -> String {
      let head = String(c[0..<prefix])
      let middle = String(c[prefix..<(c.count - suffix)])
      let tail = String(c[(c.count - suffix)...])
      return e(head) + (middle.isEmpty ? "" : "<mark>\(e(middle))</mark>") + e(tail)
    }
    return (mark(x), mark(y))
  }

  /// HTML text and attribute escaping.
  static let escaper = ScalarEscaper(["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"])

  static func e(_ text: String) -> String { escaper.escape(text) }
}
