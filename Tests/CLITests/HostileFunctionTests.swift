import Foundation
import Testing

/// Template functions fed hostile values: each run of the built binary must finish within
/// its bound and print what Helm (helm-oracle) prints for the same chart.
@Suite struct HostileFunctionTests {
  /// Renders a chart whose one template is `template`, killed after 10 s.
  func render(_ template: String, _ extra: [String] = []) throws -> ChartcRun {
    let chart = try FixtureChart(["templates/t.yaml": template, "templates/cm.yaml": nil])
    let run = try ChartcRun.bounded(["render", chart.path] + extra)
    run.expectFinished()
    return run
  }

  @Test func encodersOfDeepNaNAnswerAtOnce() throws {
    // A 30-deep value with NaN at the bottom: the YAML encoder once re-encoded each level
    // after an error, taking time exponential in the depth.
    let value =
      "{{ $v := float64 \"NaN\" }}{{ range until 30 }}{{ $v = dict \"k\" $v \"l\" (list $v) }}{{ end }}"
    let run = try render(
      value + "a: \"{{ toYaml $v }}\"\nb: \"{{ toJson $v }}\"\nc: \"{{ toPrettyJson $v }}\"\n")
    #expect(run.status == 0, "\(run.stderr.prefix(500))")
    #expect(run.stdout == "---\n# Source: demo/templates/t.yaml\na: \"\"\nb: \"\"\nc: \"\"\n")
  }

  @Test func mustToYamlOfDeepInfinityIsGoError() throws {
    let run = try render(
      "{{ $v := float64 \"-Inf\" }}{{ range until 30 }}{{ $v = dict \"k\" $v \"l\" (list $v) }}{{ end }}a: {{ mustToYaml $v }}\n"
    )
    #expect(run.status == 1)
    #expect(
      firstLine(run.stderr)
        == "Error: template: demo/templates/t.yaml:1:97: executing \"demo/templates/t.yaml\" at <mustToYaml $v>: error calling mustToYaml: error marshaling into JSON: json: unsupported value: -Inf"
    )
  }

  @Test func encodersOfCyclesAnswerAtOnce() throws {
    let cycle =
      "{{ $d := dict \"x\" 1 }}{{ $_ := set $d \"self\" $d }}{{ $_ := set $d \"other\" (list $d $d) }}"
    let quiet = try render(cycle + "a: \"{{ toYaml $d }}{{ toJson $d }}{{ toPrettyJson $d }}\"\n")
    #expect(quiet.status == 0, "\(quiet.stderr.prefix(500))")
    #expect(quiet.stdout == "---\n# Source: demo/templates/t.yaml\na: \"\"\n")

    let must = try render(cycle + "a: {{ mustToYaml $d }}\n")
    #expect(
      firstLine(must.stderr)
        == "Error: template: demo/templates/t.yaml:1:95: executing \"demo/templates/t.yaml\" at <mustToYaml $d>: error calling mustToYaml: error marshaling into JSON: json: unsupported value: encountered a cycle via map[string]interface {}"
    )
    // Sprig's toRawJson panics on an encoding error; Helm reports it.
    let raw = try render("{{ $d := dict \"x\" 1 }}{{ $_ := set $d \"self\" $d }}a: {{ toRawJson $d }}\n")
    #expect(
      firstLine(raw.stderr)
        == "Error: template: demo/templates/t.yaml:1:56: executing \"demo/templates/t.yaml\" at <toRawJson $d>: error calling toRawJson: json: unsupported value: encountered a cycle via map[string]interface {}"
    )
  }

  @Test func datesAtTheEndsOfInt64AreGoDates() throws {
    let layout = "\"2006-01-02T15:04:05Z07:00 Mon\""
    let run = try render(
      """
      a: {{ date \(layout) 9223372036854775807 }}
      b: {{ date \(layout) -9223372036854775808 }}
      c: {{ htmlDate 9223372036854775807 }}
      d: {{ dateInZone \(layout) 9223372036854775807 "America/New_York" }}
      e: {{ dateInZone \(layout) -9223372036854775808 "Asia/Tokyo" }}

      """)
    #expect(run.status == 0, "\(run.stderr.prefix(500))")
    #expect(
      run.stdout == """
        ---
        # Source: demo/templates/t.yaml
        a: 292277026596-12-04T15:30:07Z Sun
        b: 292277026596-12-04T15:30:08Z Sun
        c: 292277026596-12-04
        d: 292277026596-12-04T10:30:07-05:00 Sun
        e: 292277026596-12-05T00:49:07+09:18 Mon

        """)
  }

  @Test func printfFormatsUnsignedIntegersAsGo() throws {
    let run = try render(
      """
      v: {{ printf "%d.%d" (semver "3.8.1").Major (semver "3.8.1").Minor | quote }}
      x: {{ printf "%x-%X-%o-%b-%c-%q-%U-%5d" (semver "255.0.0").Major (semver "255.0.0").Major (semver "8.0.0").Major (semver "5.0.0").Major (semver "65.0.0").Major (semver "65.0.0").Major (semver "65.0.0").Major (semver "12.0.0").Major | quote }}

      """)
    #expect(run.status == 0, "\(run.stderr.prefix(500))")
    #expect(
      run.stdout
        == "---\n# Source: demo/templates/t.yaml\nv: \"3.8\"\nx: \"ff-FF-10-101-A-'A'-U+0041-   12\"\n")
  }

  /// `.Files.Glob` patterns in gobwas/glob's dialect, with the file names Helm lists for each
  /// (helm-oracle); the pattern's characters go to the template as a raw string.
  static let globCases: [(pattern: String, names: String)] = [
    (
      #"files/*"#,
      #"files/[q].txt files/a.txt files/a]b files/ab.txt files/b.yaml files/e\f files/x,y.txt files/{z}.txt"#
    ),
    (
      #"files/**"#,
      #"files/[q].txt files/a.txt files/a]b files/ab.txt files/b.yaml files/e\f files/sub/c.txt files/sub/deep/d.txt files/x,y.txt files/{z}.txt"#
    ),
    (
      #"**"#,
      #"conf/-dash conf/app.conf conf/ünï.txt files/[q].txt files/a.txt files/a]b files/ab.txt files/b.yaml files/e\f files/sub/c.txt files/sub/deep/d.txt files/x,y.txt files/{z}.txt"#
    ),
    (#"*"#, #""#),
    (#"files/*.txt"#, #"files/[q].txt files/a.txt files/ab.txt files/x,y.txt files/{z}.txt"#),
    (
      #"files/**.txt"#,
      #"files/[q].txt files/a.txt files/ab.txt files/sub/c.txt files/sub/deep/d.txt files/x,y.txt files/{z}.txt"#
    ),
    (#"files/**/*.txt"#, #"files/sub/c.txt files/sub/deep/d.txt"#),
    (#"files/?.txt"#, #"files/a.txt"#),
    (#"files/[ab].txt"#, #"files/a.txt"#),
    (#"files/[!a].txt"#, #""#),
    (#"files/[a-b]*"#, #"files/a.txt files/a]b files/ab.txt files/b.yaml"#),
    (#"files/[!a-b]*"#, #"files/[q].txt files/e\f files/x,y.txt files/{z}.txt"#),
    (#"files/{a,b}.*"#, #"files/a.txt files/b.yaml"#),
    (#"files/{a,sub/c}.txt"#, #"files/a.txt files/sub/c.txt"#),
    (#"files/{a,sub/*}.txt"#, #"files/a.txt files/sub/c.txt"#),
    (#"files/{a,{b,ab}}.*"#, #"files/a.txt files/ab.txt files/b.yaml"#),
    (
      #"files/["#,
      #"conf/-dash conf/app.conf conf/ünï.txt files/[q].txt files/a.txt files/a]b files/ab.txt files/b.yaml files/e\f files/sub/c.txt files/sub/deep/d.txt files/x,y.txt files/{z}.txt"#
    ),
    (
      #"files/[]"#,
      #"conf/-dash conf/app.conf conf/ünï.txt files/[q].txt files/a.txt files/a]b files/ab.txt files/b.yaml files/e\f files/sub/c.txt files/sub/deep/d.txt files/x,y.txt files/{z}.txt"#
    ),
    (
      #"files/[a-cx]*"#,
      #"conf/-dash conf/app.conf conf/ünï.txt files/[q].txt files/a.txt files/a]b files/ab.txt files/b.yaml files/e\f files/sub/c.txt files/sub/deep/d.txt files/x,y.txt files/{z}.txt"#
    ),
    (#"files/{a,b"#, #""#),
    (#"files/a\"#, #""#),
    (#"files/x,y.txt"#, #"files/x,y.txt"#),
    (#"files/\{z}.txt"#, #"files/{z}.txt"#),
    (#"files/{z}.txt"#, #""#),
    (#"files/\[q].txt"#, #"files/[q].txt"#),
    (#"files/[[]q].txt"#, #"files/[q].txt"#),
    (#"files/a]b"#, #"files/a]b"#),
    (#"conf/[!x]*"#, #"conf/-dash conf/app.conf conf/ünï.txt"#),
    (
      #"files[/]*"#,
      #"files/[q].txt files/a.txt files/a]b files/ab.txt files/b.yaml files/e\f files/x,y.txt files/{z}.txt"#
    ),
    (
      #"files[!a]*"#,
      #"files/[q].txt files/a.txt files/a]b files/ab.txt files/b.yaml files/e\f files/x,y.txt files/{z}.txt"#
    ),
    (#"files?*"#, #""#),
    (#"conf/[-a]*"#, #"conf/-dash conf/app.conf"#),
    (
      #"conf/[a-]*"#,
      #"conf/-dash conf/app.conf conf/ünï.txt files/[q].txt files/a.txt files/a]b files/ab.txt files/b.yaml files/e\f files/sub/c.txt files/sub/deep/d.txt files/x,y.txt files/{z}.txt"#
    ),
    (#"files/{,a}.txt"#, #"files/a.txt"#),
    (#"files/{}a.txt"#, #""#),
    (
      #"files/*.{txt,yaml}"#,
      #"files/[q].txt files/a.txt files/ab.txt files/b.yaml files/x,y.txt files/{z}.txt"#
    ),
    (#"files/e\\f"#, #"files/e\f"#),
    (#"files/[a\-c].txt"#, #"files/a.txt"#),
    (#"files/{a*,b*}"#, #"files/a.txt files/a]b files/ab.txt files/b.yaml"#),
    (
      #"files/***"#,
      #"files/[q].txt files/a.txt files/a]b files/ab.txt files/b.yaml files/e\f files/sub/c.txt files/sub/deep/d.txt files/x,y.txt files/{z}.txt"#
    ),
  ]

  @Test func filesGlobMatchesAsHelm() throws {
    var files: [String: String?] = ["templates/cm.yaml": nil]
    for name in [
      "files/a.txt", "files/b.yaml", "files/ab.txt", "files/sub/c.txt", "files/sub/deep/d.txt",
      "files/x,y.txt",
      "files/{z}.txt", "files/[q].txt", "conf/app.conf", "conf/-dash", "conf/ünï.txt", "files/a]b",
      #"files/e\f"#,
    ] {
      files[name] = "x"
    }
    var template = "data:\n"
    var expected = "---\n# Source: demo/templates/t.yaml\ndata:\n"
    for (i, c) in Self.globCases.enumerated() {
      template +=
        "  p\(i): {{ $l := list }}{{ range $k, $v := (.Files.Glob `\(c.pattern)`) }}{{ $l = append $l $k }}{{ end }}{{ $l | join \" \" | squote }}\n"
      expected += "  p\(i): '\(c.names)'\n"
    }
    files["templates/t.yaml"] = template
    let chart = try FixtureChart(files)
    let run = try ChartcRun.bounded(["render", chart.path])
    run.expectFinished()
    #expect(run.status == 0, "\(run.stderr.prefix(500))")
    #expect(run.stdout == expected)
  }

  @Test func filesGlobWithManyStarsOnALongNameAnswersAtOnce() throws {
    let name = "files/" + String(repeating: "a", count: 200)
    let chart = try FixtureChart([
      "templates/cm.yaml": nil, name: "x",
      "templates/t.yaml":
        "n: {{ len (.Files.Glob \"files/*a*a*a*a*a*a*a*a*a*a*b\") }}\nm: {{ len (.Files.Glob \"**a**a**a**a**a**a**a*\") }}\n",
    ])
    let run = try ChartcRun.bounded(["render", chart.path])
    run.expectFinished()
    #expect(run.stdout == "---\n# Source: demo/templates/t.yaml\nn: 0\nm: 1\n")
  }

  /// Functions over a string holding bytes that are not UTF-8 (`.Files.Get` of a binary
  /// file), with Helm's output for each (helm-oracle; non-ASCII results base64-encoded).
  static let byteCases: [(template: String, output: String)] = [
    (#"{{ len (.Files.Get "files/bin.dat") | quote }}"#, #""13""#),
    (#"{{ quote (.Files.Get "files/bin.dat") | b64enc }}"#, #"ImFceGZmXHhmZWJceGMzKHrigqxlbmQi"#),
    (#"{{ squote (.Files.Get "files/bin.dat") | b64enc }}"#, #"J2H//mLDKHrigqxlbmQn"#),
    (#"{{ printf "%q" (.Files.Get "files/bin.dat") | b64enc }}"#, #"ImFceGZmXHhmZWJceGMzKHrigqxlbmQi"#),
    (#"{{ printf "%x" (.Files.Get "files/bin.dat") }}"#, #"61fffe62c3287ae282ac656e64"#),
    (#"{{ printf "% X" (.Files.Get "files/bin.dat") }}"#, #"61 FF FE 62 C3 28 7A E2 82 AC 65 6E 64"#),
    (#"{{ printf "%v" (.Files.Get "files/bin.dat") | b64enc }}"#, #"Yf/+YsMoeuKCrGVuZA=="#),
    (#"{{ printf "%.5s" (.Files.Get "files/bin.dat") | b64enc }}"#, #"Yf/+YsM="#),
    (#"{{ trunc 3 (.Files.Get "files/bin.dat") | b64enc }}"#, #"Yf/+"#),
    (#"{{ trunc -4 (.Files.Get "files/bin.dat") | b64enc }}"#, #"rGVuZA=="#),
    (#"{{ substr 1 5 (.Files.Get "files/bin.dat") | b64enc }}"#, #"//5iww=="#),
    (#"{{ urlquery (.Files.Get "files/bin.dat") | b64enc }}"#, #"YSVGRiVGRWIlQzMlMjh6JUUyJTgyJUFDZW5k"#),
    (#"{{ index (.Files.Get "files/bin.dat") 1 }}"#, #"255"#),
    (#"{{ index (.Files.Get "files/bin.dat") 5 }}"#, #"40"#),
    (#"{{ js (.Files.Get "files/bin.dat") | b64enc }}"#, #"Yf/+YsMoeuKCrGVuZA=="#),
    (#"{{ html (.Files.Get "files/bin.dat") | b64enc }}"#, #"Yf/+YsMoeuKCrGVuZA=="#),
    (#"{{ upper (.Files.Get "files/bin.dat") | b64enc }}"#, #"Qe+/ve+/vULvv70oWuKCrEVORA=="#),
    (#"{{ lower (.Files.Get "files/bin.dat") | b64enc }}"#, #"Ye+/ve+/vWLvv70oeuKCrGVuZA=="#),
    (#"{{ title (.Files.Get "files/bin.dat") | b64enc }}"#, #"Qe+/ve+/vWLvv70oWuKCrGVuZA=="#),
    (#"{{ toJson (.Files.Get "files/bin.dat") | b64enc }}"#, #"ImFcdWZmZmRcdWZmZmRiXHVmZmZkKHrigqxlbmQi"#),
    (#"{{ toYaml (.Files.Get "files/bin.dat") | b64enc }}"#, #"Ye+/ve+/vWLvv70oeuKCrGVuZA=="#),
    (#"{{ toYaml (dict "k" (.Files.Get "files/bin.dat")) | b64enc }}"#, #"azogYe+/ve+/vWLvv70oeuKCrGVuZA=="#),
    (#"{{ .Files.Get "files/bin.dat" | b64enc }}"#, #"Yf/+YsMoeuKCrGVuZA=="#),
    (#"{{ .Files.Get "files/bin.dat" | len }}"#, #"13"#),
    (#"{{ replace "a" "Q" (.Files.Get "files/bin.dat") | b64enc }}"#, #"Uf/+YsMoeuKCrGVuZA=="#),
    (#"{{ repeat 2 (.Files.Get "files/bin.dat") | b64enc }}"#, #"Yf/+YsMoeuKCrGVuZGH//mLDKHrigqxlbmQ="#),
    (#"{{ .Files.Get "files/bin.dat" | nospace | b64enc }}"#, #"Yf/+YsMoeuKCrGVuZA=="#),
    (#"{{ .Files.Get "files/bin.dat" | trimAll "a" | b64enc }}"#, #"//5iwyh64oKsZW5k"#),
    (
      #"{{ .Files.Get "files/bin.dat" | sha256sum }}"#,
      #"98b661edf00eb4d2b24b08102a3a24c3e1663d41af7019cba42bb04203ac7935"#
    ),
    (#"{{ .Files.Get "files/bin.dat" | abbrev 6 | b64enc }}"#, #"Yf/+Li4u"#),
    (#"{{ .Files.Get "files/bin.dat" | wrap 3 | b64enc }}"#, #"Yf/+YsMoeuKCrGVuZA=="#),
    (
      #"{{ splitList "b" (.Files.Get "files/bin.dat") | toJson | b64enc }}"#,
      #"WyJhXHVmZmZkXHVmZmZkIiwiXHVmZmZkKHrigqxlbmQiXQ=="#
    ),
    (#"{{ cat (.Files.Get "files/bin.dat") "x" | b64enc }}"#, #"Yf/+YsMoeuKCrGVuZCB4"#),
    (#"{{ eq (.Files.Get "files/bin.dat") (.Files.Get "files/bin.dat") }}"#, #"true"#),
    (#"{{ contains "\xff" (.Files.Get "files/bin.dat") }}"#, #"true"#),
    (#"{{ .Files.Get "files/bin.dat" | indent 2 | b64enc }}"#, #"ICBh//5iwyh64oKsZW5k"#),
    (#"{{ regexReplaceAll "b." (.Files.Get "files/bin.dat") "Z" | b64enc }}"#, #"Yf/+Wih64oKsZW5k"#),
    (#"{{ .Files.Get "files/bin.dat" | b32enc }}"#, #"MH774YWDFB5OFAVMMVXGI==="#),
    (#"{{ print (.Files.Get "files/bin.dat") | b64enc }}"#, #"Yf/+YsMoeuKCrGVuZA=="#),
    (#"{{ printf "%10s|" (.Files.Get "files/bin.dat") | b64enc }}"#, #"Yf/+YsMoeuKCrGVuZHw="#),
    (#"{{ .Files.Get "files/bin.dat" | initials | b64enc }}"#, #"YQ=="#),
    (#"{{ .Files.Get "files/bin.dat" | swapcase | b64enc }}"#, #"Qe+/ve+/vULvv70oWuKCrEVORA=="#),
    (#"{{ .Files.Get "files/bin.dat" | untitle | b64enc }}"#, #"Ye+/ve+/vWLvv70oeuKCrGVuZA=="#),
  ]

  @Test func stringsAreBytesAsInGo() throws {
    var template = "data:\n"
    var expected = "---\n# Source: demo/templates/t.yaml\ndata:\n"
    for (i, c) in Self.byteCases.enumerated() {
      template += "  k\(i): \(c.template)\n"
      expected += "  k\(i): \(c.output)\n"
    }
    let chart = try FixtureChart(["templates/cm.yaml": nil, "templates/t.yaml": template])
    // a, FF, FE, b, C3 ( (a broken two-byte sequence), z, €, end.
    try chart.write(
      "files/bin.dat", [0x61, 0xFF, 0xFE, 0x62, 0xC3, 0x28, 0x7A, 0xE2, 0x82, 0xAC] + Array("end".utf8))
    let run = try ChartcRun.bounded(["render", chart.path])
    run.expectFinished()
    #expect(run.status == 0, "\(run.stderr.prefix(500))")
    #expect(run.stdout == expected)
  }

  @Test func rawBytesInAManifestAreAYAMLError() throws {
    let chart = try FixtureChart([
      "templates/cm.yaml": nil, "templates/t.yaml": "x: {{ .Files.Get \"files/bin.dat\" }}\n",
    ])
    try chart.write("files/bin.dat", [0x61, 0xFF, 0xFE, 0x62])
    let stderr = try expectRenderFailure([chart.path])
    #expect(
      firstLine(stderr)
        == "Error: YAML parse error on demo/templates/t.yaml: error converting YAML to JSON: yaml: invalid leading UTF-8 octet"
    )
  }
}
