import Foundation
import TestSupport
import Testing

/// `.Files.Glob` on names with multi-byte runes and bytes that are not UTF-8, as Helm's
/// gobwas/glob matches them (helm-oracle; the names each pattern selects, joined by spaces
/// and base64-encoded): a pattern holding U+FFFD or a bad byte fails to compile (Helm then
/// matches everything), keys come in Go's bytewise order, and a pattern of fixed-length
/// pieces matches in gobwas's row, which cuts names in bytes.
@Suite struct HostileGlobBytesTests {
  /// The names under `files/` (each holds `x\n`), then `pats.json` at the chart's root.
  static let names: [[UInt8]] = [
    Array("é.txt".utf8), Array("日本.txt".utf8), Array("aé.txt".utf8), Array("a.txt".utf8),
    Array("ab.txt".utf8), [0xFF] + Array(".txt".utf8), Array("a".utf8) + [0xC3] + Array(".txt".utf8),
    [0xE2, 0x82] + Array(".txt".utf8), Array("\u{FFFD}.txt".utf8), [0xFF, 0xFE] + Array(".txt".utf8),
  ]

  /// Each pattern with the names Helm lists for it.
  static let globCases: [(pattern: [UInt8], names: String)] = [
    (Array(#"files/?.txt"#.utf8), "ZmlsZXMvYS50eHQgZmlsZXMv/y50eHQ="),
    (Array(#"files/??.txt"#.utf8), "ZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv//4udHh0"),
    (Array(#"files/???.txt"#.utf8), ""),
    (
      Array(#"files/*.txt"#.utf8),
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dA=="
    ),
    (Array(#"files/a*"#.utf8), "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0"),
    (Array(#"files/[é].txt"#.utf8), ""),
    (Array(#"files/[!a].txt"#.utf8), "ZmlsZXMv/y50eHQ="),
    (Array(#"files/[^a].txt"#.utf8), "ZmlsZXMvYS50eHQ="),
    (Array(#"files/[!é].txt"#.utf8), "ZmlsZXMvYS50eHQgZmlsZXMv/y50eHQ="),
    (Array(#"files/[à-ü].txt"#.utf8), ""),
    (Array(#"files/[!à-ü].txt"#.utf8), "ZmlsZXMvYS50eHQgZmlsZXMv/y50eHQ="),
    (Array(#"files/?本.txt"#.utf8), ""),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0xEF, 0xBF, 0xBD, 0x2E, 0x74, 0x78, 0x74],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0x5B, 0xEF, 0xBF, 0xBD, 0x5D, 0x2E, 0x74, 0x78, 0x74],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0x2A, 0xEF, 0xBF, 0xBD, 0x2A],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (Array(#"files/{é,日本}.txt"#.utf8), "ZmlsZXMvw6kudHh0IGZpbGVzL+aXpeacrC50eHQ="),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0x5B, 0x61, 0xEF, 0xBF, 0xBD, 0x5D, 0x2A],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0xFF, 0x2E, 0x74, 0x78, 0x74],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0x5B, 0xFF, 0x5D, 0x2E, 0x74, 0x78, 0x74],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0x5B, 0x21, 0xFF, 0x5D, 0x2E, 0x74, 0x78, 0x74],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0xFF, 0x2A],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0x61, 0xC3, 0x2E, 0x74, 0x78, 0x74],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (Array(#"files/a?.txt"#.utf8), "ZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dA=="),
  ]

  @Test func filesGlobOnMultiByteAndBadByteNamesMatchesHelm() throws {
    var template: [UInt8] = Array("data:\n".utf8)
    var expected = "---\n# Source: demo/templates/t.yaml\ndata:\n"
    for (i, c) in Self.globCases.enumerated() {
      template += Array("  p\(i): {{ $l := list }}{{ range $k, $v := (.Files.Glob `".utf8) + c.pattern
      template += Array("`) }}{{ $l = append $l $k }}{{ end }}{{ $l | join \" \" | b64enc }}\n".utf8)
      expected += "  p\(i): \(c.names)\n"
    }
    let chart = try FixtureChart(["templates/cm.yaml": nil, "pats.json": "[]\n"])
    try chart.write("templates/t.yaml", template)
    try chart.write("files/.keep", [])
    for name in Self.names { try RawFileName.write(chart.path + "/files", name, Array("x\n".utf8)) }
    try FileManager.default.removeItem(atPath: chart.path + "/files/.keep")
    let run = try ChartcRun.bounded(["render", chart.path])
    run.expectFinished()
    #expect(run.status == 0, "\(run.stderr.prefix(500))")
    let got = run.stdout.split(separator: "\n")
    let want = expected.split(separator: "\n")
    #expect(got.count == want.count)
    for (i, (g, w)) in zip(got, want).enumerated() where g != w {
      let pattern = i >= 3 ? String(decoding: Self.globCases[i - 3].pattern, as: UTF8.self) : ""
      Issue.record("\(pattern): got \(g), Helm \(w)")
    }
  }
}
