import Template

/// What `helm template --debug` prints on stdout when rendering fails: the release's
/// partial manifest. When the templates executed but the output is not valid YAML, that is
/// every rendered file (NOTES.txt and blank files left out) as `---\n# Source: <file>\n<text>`,
/// so the invalid YAML can be read; when the templates themselves failed, it is empty (one
/// newline, as Helm prints it).
public enum RenderDebugOutput {
  public static func text(chart: Chart, request: RenderRequest) -> String {
    let rendered: [String: String]
    do {
      rendered = try LargeStack.run {
        try ChartRenderer().renderTemplates(
          chart: chart, userValues: try UserValues.load(request), request: request
        ).files
      }
    } catch {
      return "\n"
    }
    var blob = ""
    for (name, content) in rendered.sorted(by: { $0.key < $1.key }) {
      if name.hasSuffix("NOTES.txt") || content.allSatisfy(\.isWhitespace) { continue }
      blob += "---\n# Source: \(name)\n\(content)\n"
    }
    return blob.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
  }
}
