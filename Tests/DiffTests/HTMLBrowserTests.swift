import Foundation
import TestSupport
import Testing

/// The HTML report opened in headless Chromium: it loads with no request leaving the file,
/// its script runs, and the summary counts in the DOM equal the JSON output.
@Suite struct HTMLBrowserTests {
  static var browser: String? {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
      for dir in ["/usr/bin", "/usr/local/bin", "/snap/bin"]
      where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
        return "\(dir)/\(name)"
      }
    }
    return nil
  }

  @Test(arguments: ["added-removed", "secret-masked", "list-insert", "renamed-configmap"])
  func summaryCountsEqualTheJSONAndNothingIsFetched(_ name: String) throws {
    guard let browser = Self.browser else {
      print("[diff] skipped the browser check: no chromium (apt-get install chromium)")
      return
    }
    let folder = FixtureCaseTests.casesFolder.appendingPathComponent(name)
    let html = try ChartcProcess.run(["diff", "old.yaml", "new.yaml", "-o", "html"], in: folder)
    let json = try ChartcProcess.run(["diff", "old.yaml", "new.yaml", "-o", "json"], in: folder)
    #expect(html.status == 0 && json.status == 0)
    #expect(
      html.stdout.contains(
        "content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\""))
    #expect(html.stdout.range(of: #"https?://"#, options: .regularExpression) == nil, "the page names a URL")

    // A probe appended after the report's own script records what the page fetched.
    let probe = """
      <script>document.body.setAttribute('data-requests', String(performance.getEntriesByType('resource').length));</script>
      """
    let scratch = try Scratch()
    let page = scratch.url.appendingPathComponent("report.html")
    try Data(html.stdout.replacingOccurrences(of: "</body>", with: probe + "</body>").utf8).write(to: page)
    let dom = try ChartcProcess.runTool(
      browser,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run",
        "--user-data-dir=\(scratch.path)/profile", "--dump-dom", page.absoluteString,
      ])
    #expect(dom.status == 0, "\(dom.stderr.suffix(2000))")
    #expect(dom.stdout.contains("data-requests=\"0\""), "requests: \(dom.stdout.suffix(300))")

    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let changes = object?["changes"] as? [[String: Any]] ?? []
    for kind in ["added", "removed", "changed", "renamed", "migrated"] {
      let expected = changes.filter { $0["change"] as? String == kind }.count
      #expect(Self.count(kind, in: dom.stdout) == expected, "\(kind)")
    }
    // the script ran: the filter line counts the resources
    #expect(dom.stdout.contains(">\(changes.count) of \(changes.count) resources<"))
  }

  /// The number in `<span class="n" id="count-KIND" ...>N</span>` of the rendered DOM.
  static func count(_ kind: String, in dom: String) -> Int? {
    guard let start = dom.range(of: "id=\"count-\(kind)\"") else { return nil }
    guard let close = dom[start.upperBound...].firstIndex(of: ">") else { return nil }
    let rest = dom[dom.index(after: close)...]
    return Int(rest.prefix { $0.isNumber })
  }
}
