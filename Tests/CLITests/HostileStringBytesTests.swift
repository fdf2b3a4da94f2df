import Foundation
import Testing

/// String functions over bytes that are not UTF-8 (`.Files.Get` of a binary file): Go works
/// on the bytes, decoding a bad byte as U+FFFD only where it reads rune by rune. Outputs from
/// helm-oracle, base64-encoded (`| toString | b64enc`).
@Suite struct HostileStringBytesTests {
  /// Files of the fixture chart (under `files/`, `.dat` added): bad bytes alone, before and
  /// after letters, upper-case runs, connectors, punctuation, and a truncated sequence at the end.
  static let files: [(name: String, bytes: [UInt8])] = [
    ("b1", [0x61, 0xFF, 0xFE, 0x62, 0xC3, 0x28, 0x7A, 0xE2, 0x82, 0xAC, 0x65, 0x6E, 0x64]),
    (
      "b2",
      [
        0x48, 0x65, 0x6C, 0x6C, 0x6F, 0xFF, 0x57, 0x6F, 0x72, 0x6C, 0x64, 0x20, 0x66, 0x6F, 0x6F, 0x5F, 0x62,
        0x61, 0x72, 0xC3, 0x42, 0x61, 0x7A, 0x20, 0x48, 0x54, 0x54, 0x50, 0xFE, 0x53, 0x65, 0x72, 0x76, 0x65,
        0x72,
      ]
    ),
    ("b3", [0xFF, 0xFE]),
    (
      "b4",
      [
        0x73, 0x6F, 0x6D, 0x65, 0x2D, 0x4B, 0x65, 0x62, 0x61, 0x62, 0xE2, 0x82, 0x20, 0x63, 0x61, 0x73, 0x65,
        0xF0, 0x9F, 0x98,
      ]
    ),
    (
      "b5",
      [
        0x61, 0x62, 0xFF, 0x63, 0x64, 0xC3, 0xA9, 0x65, 0x66, 0x20, 0xFF, 0xFF, 0xFF, 0x20, 0x6C, 0x6F, 0x6E,
        0x67, 0x2D, 0x77, 0x6F, 0x72, 0x64, 0xE2, 0x82, 0xAC, 0xFF, 0x78,
      ]
    ),
  ]

  /// Each function applied to each file, with Helm's output.
  static let cases: [(function: String, file: String, output: String)] = [
    (#"kebabcase"#, "b1", "Yf/+YsMoei3igqwtZW5k"),
    (#"kebabcase"#, "b2", "aGVsbG8t77+9d29ybGQtZm9vLWJhci3vv71iYXotaHR0cC3vv71zZXJ2ZXI="),
    (#"kebabcase"#, "b3", "//4="),
    (#"kebabcase"#, "b4", "c29tZS1rZWJhYu+/ve+/vS1jYXNl8J+Y"),
    (#"kebabcase"#, "b5", "YWL/Y2TDqWVmLe+/ve+/ve+/vS1sb25nLXdvcmQt4oKsLf94"),
    (#"snakecase"#, "b1", "Yf/+YsMoel/igqxfZW5k"),
    (#"snakecase"#, "b2", "aGVsbG9f77+9d29ybGRfZm9vX2Jhcl/vv71iYXpfaHR0cF/vv71zZXJ2ZXI="),
    (#"snakecase"#, "b3", "//4="),
    (#"snakecase"#, "b4", "c29tZV9rZWJhYu+/ve+/vV9jYXNl8J+Y"),
    (#"snakecase"#, "b5", "YWL/Y2TDqWVmX++/ve+/ve+/vV9sb25nX3dvcmRf4oKsX/94"),
    (#"camelcase"#, "b1", "Qe+/ve+/vWLvv70oeuKCrGVuZA=="),
    (#"camelcase"#, "b2", "SGVsbG/vv71Xb3JsZEZvb0Jhcu+/vUJhekh0dHDvv71TZXJ2ZXI="),
    (#"camelcase"#, "b3", "77+977+9"),
    (#"camelcase"#, "b4", "U29tZUtlYmFi77+977+9Q2FzZe+/ve+/ve+/vQ=="),
    (#"camelcase"#, "b5", "QWLvv71jZMOpZWbvv73vv73vv71Mb25nV29yZOKCrO+/vXg="),
    (#"camelcase | kebabcase"#, "b1", "Ye+/ve+/vWLvv70oei3igqwtZW5k"),
    (#"camelcase | kebabcase"#, "b2", "aGVsbG8t77+9d29ybGQtZm9vLWJhci3vv71iYXotaHR0cC3vv71zZXJ2ZXI="),
    (#"camelcase | kebabcase"#, "b3", "77+977+9"),
    (#"camelcase | kebabcase"#, "b4", "c29tZS1rZWJhYi3vv73vv71jYXNl77+977+977+9"),
    (#"camelcase | kebabcase"#, "b5", "YWLvv71jZMOpZWYt77+977+977+9bG9uZy13b3JkLeKCrC3vv714"),
    (#"title"#, "b1", "Qe+/ve+/vWLvv70oWuKCrGVuZA=="),
    (#"title"#, "b2", "SGVsbG/vv71Xb3JsZCBGb29fYmFy77+9QmF6IEhUVFDvv71TZXJ2ZXI="),
    (#"title"#, "b3", "77+977+9"),
    (#"title"#, "b4", "U29tZS1LZWJhYu+/ve+/vSBDYXNl77+977+977+9"),
    (#"title"#, "b5", "QWLvv71jZMOpZWYg77+977+977+9IExvbmctV29yZOKCrO+/vXg="),
    (#"untitle"#, "b1", "Ye+/ve+/vWLvv70oeuKCrGVuZA=="),
    (#"untitle"#, "b2", "aGVsbG/vv71Xb3JsZCBmb29fYmFy77+9QmF6IGhUVFDvv71TZXJ2ZXI="),
    (#"untitle"#, "b3", "77+977+9"),
    (#"untitle"#, "b4", "c29tZS1LZWJhYu+/ve+/vSBjYXNl77+977+977+9"),
    (#"untitle"#, "b5", "YWLvv71jZMOpZWYg77+977+977+9IGxvbmctd29yZOKCrO+/vXg="),
    (#"swapcase"#, "b1", "Qe+/ve+/vULvv70oWuKCrEVORA=="),
    (#"swapcase"#, "b2", "aEVMTE/vv713T1JMRCBGT09fQkFS77+9YkFaIGh0dHDvv71zRVJWRVI="),
    (#"swapcase"#, "b3", "77+977+9"),
    (#"swapcase"#, "b4", "U09NRS1rRUJBQu+/ve+/vSBDQVNF77+977+977+9"),
    (#"swapcase"#, "b5", "QULvv71DRMOJRUYg77+977+977+9IExPTkctV09SROKCrO+/vVg="),
    (#"initials"#, "b1", "YQ=="),
    (#"initials"#, "b2", "SGZI"),
    (#"initials"#, "b3", "w78="),
    (#"initials"#, "b4", "c2M="),
    (#"initials"#, "b5", "YcO/bA=="),
    (#"initials | lower"#, "b1", "YQ=="),
    (#"initials | lower"#, "b2", "aGZo"),
    (#"initials | lower"#, "b3", "w78="),
    (#"initials | lower"#, "b4", "c2M="),
    (#"initials | lower"#, "b5", "YcO/bA=="),
    (#"wrap 3"#, "b1", "Yf/+YsMoeuKCrGVuZA=="),
    (#"wrap 3"#, "b2", "SGVsbG//V29ybGQKZm9vX2JhcsNCYXoKSFRUUP5TZXJ2ZXI="),
    (#"wrap 3"#, "b3", "//4="),
    (#"wrap 3"#, "b4", "c29tZS1LZWJhYuKCCmNhc2Xwn5g="),
    (#"wrap 3"#, "b5", "YWL/Y2TDqWVmCv///wpsb25nLXdvcmTigqz/eA=="),
    (#"wrap 5"#, "b1", "Yf/+YsMoeuKCrGVuZA=="),
    (#"wrap 5"#, "b2", "SGVsbG//V29ybGQKZm9vX2JhcsNCYXoKSFRUUP5TZXJ2ZXI="),
    (#"wrap 5"#, "b3", "//4="),
    (#"wrap 5"#, "b4", "c29tZS1LZWJhYuKCCmNhc2Xwn5g="),
    (#"wrap 5"#, "b5", "YWL/Y2TDqWVmCv///wpsb25nLXdvcmTigqz/eA=="),
    (#"wrapWith 4 "|""#, "b1", "Yf/+YnzDKHrifIKsZW58ZA=="),
    (#"wrapWith 4 "|""#, "b2", "SGVsbHxv/1dvfHJsZHxmb29ffGJhcsN8QmF6fEhUVFB8/lNlcnx2ZXI="),
    (#"wrapWith 4 "|""#, "b3", "//4="),
    (#"wrapWith 4 "|""#, "b4", "c29tZXwtS2VifGFi4oJ8Y2FzZXzwn5g="),
    (#"wrapWith 4 "|""#, "b5", "YWL/Y3xkw6llfGZ8////fGxvbmd8LXdvcnxk4oKsfP94"),
    (#"abbrev 5"#, "b1", "Yf8uLi4="),
    (#"abbrev 5"#, "b2", "SGUuLi4="),
    (#"abbrev 5"#, "b3", "//4="),
    (#"abbrev 5"#, "b4", "c28uLi4="),
    (#"abbrev 5"#, "b5", "YWIuLi4="),
    (#"abbrev 8"#, "b1", "Yf/+YsMuLi4="),
    (#"abbrev 8"#, "b2", "SGVsbG8uLi4="),
    (#"abbrev 8"#, "b3", "//4="),
    (#"abbrev 8"#, "b4", "c29tZS0uLi4="),
    (#"abbrev 8"#, "b5", "YWL/Y2QuLi4="),
    (#"abbrevboth 2 7"#, "b1", "Yf/+Yi4uLg=="),
    (#"abbrevboth 2 7"#, "b2", "SGVsbC4uLg=="),
    (#"abbrevboth 2 7"#, "b3", "//4="),
    (#"abbrevboth 2 7"#, "b4", "c29tZS4uLg=="),
    (#"abbrevboth 2 7"#, "b5", "YWL/Yy4uLg=="),
    (#"substr 0 3"#, "b1", "Yf/+"),
    (#"substr 0 3"#, "b2", "SGVs"),
    (#"substr 0 3"#, "b3", "//4="),
    (#"substr 0 3"#, "b4", "c29t"),
    (#"substr 0 3"#, "b5", "YWL/"),
    (#"substr 2 7"#, "b1", "/mLDKHo="),
    (#"substr 2 7"#, "b2", "bGxv/1c="),
    (#"substr 2 7"#, "b3", ""),
    (#"substr 2 7"#, "b4", "bWUtS2U="),
    (#"substr 2 7"#, "b5", "/2Nkw6k="),
    (#"substr 1 9"#, "b1", "//5iwyh64oI="),
    (#"substr 1 9"#, "b2", "ZWxsb/9Xb3I="),
    (#"substr 1 9"#, "b3", "/g=="),
    (#"substr 1 9"#, "b4", "b21lLUtlYmE="),
    (#"substr 1 9"#, "b5", "Yv9jZMOpZWY="),
    (#"trunc 3"#, "b1", "Yf/+"),
    (#"trunc 3"#, "b2", "SGVs"),
    (#"trunc 3"#, "b3", "//4="),
    (#"trunc 3"#, "b4", "c29t"),
    (#"trunc 3"#, "b5", "YWL/"),
    (#"trunc 5"#, "b1", "Yf/+YsM="),
    (#"trunc 5"#, "b2", "SGVsbG8="),
    (#"trunc 5"#, "b3", "//4="),
    (#"trunc 5"#, "b4", "c29tZS0="),
    (#"trunc 5"#, "b5", "YWL/Y2Q="),
    (#"trunc -3"#, "b1", "ZW5k"),
    (#"trunc -3"#, "b2", "dmVy"),
    (#"trunc -3"#, "b3", "//4="),
    (#"trunc -3"#, "b4", "8J+Y"),
    (#"trunc -3"#, "b5", "rP94"),
    (#"trunc -6"#, "b1", "4oKsZW5k"),
    (#"trunc -6"#, "b2", "U2VydmVy"),
    (#"trunc -6"#, "b3", "//4="),
    (#"trunc -6"#, "b4", "YXNl8J+Y"),
    (#"trunc -6"#, "b5", "ZOKCrP94"),
    (#"upper"#, "b1", "Qe+/ve+/vULvv70oWuKCrEVORA=="),
    (#"upper"#, "b2", "SEVMTE/vv71XT1JMRCBGT09fQkFS77+9QkFaIEhUVFDvv71TRVJWRVI="),
    (#"upper"#, "b3", "77+977+9"),
    (#"upper"#, "b4", "U09NRS1LRUJBQu+/ve+/vSBDQVNF77+977+977+9"),
    (#"upper"#, "b5", "QULvv71DRMOJRUYg77+977+977+9IExPTkctV09SROKCrO+/vVg="),
    (#"lower"#, "b1", "Ye+/ve+/vWLvv70oeuKCrGVuZA=="),
    (#"lower"#, "b2", "aGVsbG/vv713b3JsZCBmb29fYmFy77+9YmF6IGh0dHDvv71zZXJ2ZXI="),
    (#"lower"#, "b3", "77+977+9"),
    (#"lower"#, "b4", "c29tZS1rZWJhYu+/ve+/vSBjYXNl77+977+977+9"),
    (#"lower"#, "b5", "YWLvv71jZMOpZWYg77+977+977+9IGxvbmctd29yZOKCrO+/vXg="),
    (#"nospace"#, "b1", "Yf/+YsMoeuKCrGVuZA=="),
    (#"nospace"#, "b2", "SGVsbG/Dv1dvcmxkZm9vX2JhcsODQmF6SFRUUMO+U2VydmVy"),
    (#"nospace"#, "b3", "//4="),
    (#"nospace"#, "b4", "c29tZS1LZWJhYsOiwoJjYXNlw7DCn8KY"),
    (#"nospace"#, "b5", "YWLDv2Nkw4PCqWVmw7/Dv8O/bG9uZy13b3Jkw6LCgsKsw794"),
  ]

  @Test func caseAndLayoutFunctionsOnBadBytesMatchHelm() throws {
    var template = "data:\n"
    var expected = "---\n# Source: demo/templates/t.yaml\ndata:\n"
    for (i, c) in Self.cases.enumerated() {
      template += "  k\(i): {{ .Files.Get \"files/\(c.file).dat\" | \(c.function) | toString | b64enc }}\n"
      expected += "  k\(i): \(c.output)\n"
    }
    let chart = try FixtureChart(["templates/cm.yaml": nil, "templates/t.yaml": template])
    for file in Self.files { try chart.write("files/\(file.name).dat", file.bytes) }
    let run = try ChartcRun.bounded(["render", chart.path])
    run.expectFinished()
    #expect(run.status == 0, "\(run.stderr.prefix(500))")
    let got = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(got.count == want.count)
    for (i, (g, w)) in zip(got, want).enumerated() where g != w {
      let c =
        i >= 3 && i - 3 < Self.cases.count ? "\(Self.cases[i - 3].function) of \(Self.cases[i - 3].file)" : ""
      Issue.record("\(c): got \(g), Helm \(w)")
    }
  }

  @Test func substrPastTheBytesIsGosSliceError() throws {
    let chart = try FixtureChart([
      "templates/cm.yaml": nil, "templates/t.yaml": "a: {{ .Files.Get \"files/b3.dat\" | substr 3 100 }}\n",
    ])
    try chart.write("files/b3.dat", [0xFF, 0xFE])
    let run = try ChartcRun.bounded(["render", chart.path])
    run.expectFinished()
    #expect(run.status == 1)
    #expect(
      firstLine(run.stderr)
        == "Error: template: demo/templates/t.yaml:1:34: executing \"demo/templates/t.yaml\" at <substr 3 100>: error calling substr: runtime error: slice bounds out of range [3:2]"
    )
  }
}
