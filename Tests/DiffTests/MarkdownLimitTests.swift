import Foundation
import Testing

/// The markdown report stays under GitHub's 65,536-character comment limit and says what it cut.
@Suite struct MarkdownLimitTests {
  @Test func largeDiffIsCutWithANote() throws {
    let scratch = try Scratch()
    var old = ""
    var new = ""
    for i in 0..<400 {
      let body = (0..<20).map { "    line\($0): value-\(i)-\($0)" }.joined(separator: "\n")
      old += "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-\(i)\ndata:\n  config: |\n\(body)\n"
      new +=
        "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-\(i)\ndata:\n  config: |\n"
        + body.replacingOccurrences(of: "line7:", with: "line7: changed") + "\n"
    }
    try scratch.write("old.yaml", old)
    try scratch.write("new.yaml", new)
    let run = try ChartcProcess.run(["diff", "old.yaml", "new.yaml", "-o", "markdown"], in: scratch.url)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.utf8.count < 65_536)
    #expect(run.stdout.unicodeScalars.count < 65_536)
    #expect(run.stdout.contains("| 0 | 0 | 400 | 0 | 0 |"), "the summary counts every resource")
    let shown = run.stdout.components(separatedBy: "<details>").count - 1
    #expect(shown > 10 && shown < 400)
    #expect(run.stdout.contains("**\(400 - shown) of 400 resources not shown**"))
    // every opened block is closed
    #expect(run.stdout.components(separatedBy: "</details>").count - 1 == shown)
  }
}
