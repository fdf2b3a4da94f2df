import Foundation
import TestSupport
import Testing

/// Go's file names are bytes: a chart file whose name is not UTF-8 loads (as Helm loads it),
/// and the name reaches templates and the output as the same bytes.
@Suite struct NonUTF8NameTests {
  @Test func chartWithANonUTF8FileNameRendersItsBytes() throws {
    let scratch = try ScratchFolder()
    try scratch.chart(templates: [
      "files.yaml":
        "z: {{ range $k, $v := .Files }}{{ $k | b64enc }} {{ end }}\nw: {{ .Files.Get (printf \"f%s.txt\" (b64dec \"6Q==\")) }}\n"
    ])
    let bad: [UInt8] = Array("f".utf8) + [0xE9] + Array(".txt".utf8)
    let template: [UInt8] = Array("b".utf8) + [0xFF, 0xFE] + Array(".yaml".utf8)
    try RawFileName.write(scratch.url.appendingPathComponent("chart").path, bad, Array("hello".utf8))
    try RawFileName.write(
      scratch.url.appendingPathComponent("chart/templates").path, template,
      Array("y: {{ .Template.Name | b64enc }}\n".utf8))
    let run = try BoundedRun.chartc(["render", "chart"], in: scratch.url)
    #expect(run.status == 0, "\(run.stderrText)")
    // Expected from helm-oracle (its `# Source:` line passes through JSON, which turns the two
    // bytes into U+FFFD; `helm template` writes the bytes themselves).
    let expected: [UInt8] =
      Array("---\n# Source: demo/templates/b".utf8) + [0xFF, 0xFE]
      + Array(
        ".yaml\ny: ZGVtby90ZW1wbGF0ZXMvYv/+LnlhbWw=\n\n---\n# Source: demo/templates/files.yaml\nz: ZukudHh0 \nw: hello\n"
          .utf8)
    #expect(run.stdout == expected, "\(run.stdoutText)")
  }
}
