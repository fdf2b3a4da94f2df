import Foundation
import Testing

/// Recursion, cycles, depth and size pushed to their limits: each run of the built binary
/// must finish within its bound (a bound on a hang, not a benchmark) with Helm's answer
/// (helm-oracle) where Helm has one, and chartc's own clear error where Helm crashes.
@Suite struct HostileLimitTests {
  /// Renders a chart with `files` (chart-relative path → content) under a 60 s bound.
  func render(_ files: [String: String?], _ extra: [String] = []) throws -> ChartcRun {
    var all = files
    all.updateValue(nil, forKey: "templates/cm.yaml")
    let chart = try FixtureChart(all)
    let run = try ChartcRun.bounded(["render", chart.path] + extra, seconds: 60)
    run.expectFinished(60)
    return run
  }

  @Test func tplThatRunsItselfStopsAtChartcsLimit() throws {
    // Helm recurses until Go's 1 GB goroutine stack overflows (a fatal error, no answer);
    // chartc once grew past 8 GB of memory building the wrapped error text at every level.
    let run = try render([
      "values.yaml": "x: '{{ tpl .Values.x . }}'\n", "templates/t.yaml": "a: {{ tpl .Values.x . }}\n",
    ])
    #expect(run.status == 1)
    let level =
      "error calling tpl: error during tpl function execution for \"{{ tpl .Values.x . }}\": template: gotpl:1:3: executing \"gotpl\" at <tpl .Values.x .>: "
    let expected =
      "Error: template: demo/templates/t.yaml:1:6: executing \"demo/templates/t.yaml\" at <tpl .Values.x .>: "
      + String(repeating: level, count: 1000)
      + "error calling tpl: tpl nested more than 1000 levels deep: unable to execute template"
    #expect(firstLine(run.stderr) == expected, "\(run.stderr.suffix(300))")
  }

  /// Cycles through `include` and `tpl`: Helm's include limit (1000 per name) ends each, and
  /// the error wraps every level (helm-oracle: `head`, then `level` `count` times, then `tail`).
  static let includeTplCycles:
    [(helpers: String, template: String, head: String, level: String, count: Int, tail: String)] = [
      (
        #"{{- define "a" }}{{ tpl "{{ include \"a\" . }}" . }}{{ end }}"#,
        #"a: {{ include "a" . }}"#,
        #"Error: template: demo/templates/t.yaml:1:6: executing "demo/templates/t.yaml" at <include "a" .>: error calling include: "#,
        #"template: demo/templates/_h.tpl:1:20: executing "a" at <tpl "{{ include \"a\" . }}" .>: error calling tpl: error during tpl function execution for "{{ include \"a\" . }}": template: gotpl:1:3: executing "gotpl" at <include "a" .>: error calling include: "#,
        1001,
        "rendering template has a nested reference name: a: unable to execute template"
      ),
      (
        #"{{- define "a" }}{{ tpl "{{ include \"a\" . }}" . }}{{ end }}"#,
        #"a: {{ tpl "{{ include \"a\" . }}" . }}"#,
        #"Error: template: demo/templates/t.yaml:1:6: executing "demo/templates/t.yaml" at <tpl "{{ include \"a\" . }}" .>: error calling tpl: error during tpl function execution for "{{ include \"a\" . }}": template: gotpl:1:3: executing "gotpl" at <include "a" .>: error calling include: "#,
        #"template: demo/templates/_h.tpl:1:20: executing "a" at <tpl "{{ include \"a\" . }}" .>: error calling tpl: error during tpl function execution for "{{ include \"a\" . }}": template: gotpl:1:3: executing "gotpl" at <include "a" .>: error calling include: "#,
        1001,
        "rendering template has a nested reference name: a: unable to execute template"
      ),
      (
        #"{{- define "b" }}{{ tpl "{{ tpl \"{{ include \\\"b\\\" . }}\" . }}" . }}{{ end }}"#,
        #"b: {{ include "b" . }}"#,
        #"Error: template: demo/templates/t.yaml:1:6: executing "demo/templates/t.yaml" at <include "b" .>: error calling include: "#,
        #"template: demo/templates/_h.tpl:1:20: executing "b" at <tpl "{{ tpl \"{{ include \\\"b\\\" . }}\" . }}" .>: error calling tpl: error during tpl function execution for "{{ tpl \"{{ include \\\"b\\\" . }}\" . }}": template: gotpl:1:3: executing "gotpl" at <tpl "{{ include \"b\" . }}" .>: error calling tpl: error during tpl function execution for "{{ include \"b\" . }}": template: gotpl:1:3: executing "gotpl" at <include "b" .>: error calling include: "#,
        1001,
        "rendering template has a nested reference name: b: unable to execute template"
      ),
    ]

  @Test(arguments: 0..<includeTplCycles.count)
  func includeAndTplCyclesFailAsHelm(_ index: Int) throws {
    let c = Self.includeTplCycles[index]
    let run = try render(["templates/_h.tpl": c.helpers + "\n", "templates/t.yaml": c.template + "\n"])
    #expect(run.status == 1)
    let expected = c.head + String(repeating: c.level, count: c.count) + c.tail
    let got = firstLine(run.stderr)
    #expect(got == expected, "\(got.prefix(400)) … \(got.suffix(300))")
  }

  @Test func toTomlOfAMapThatHoldsItselfFailsAtOnce() throws {
    // BurntSushi/toml recurses until Go runs out of memory (no answer from Helm); chartc once
    // took 11-60 s to stop at its depth bound with "toml: value nested too deeply".
    let cases: [(template: String, column: Int, function: String)] = [
      (#"{{ $d := dict "x" 1 }}{{ $_ := set $d "a" $d }}a: {{ toToml $d }}"#, 53, "toToml $d"),
      (#"{{ $d := dict "x" 1 }}{{ $_ := set $d "a" $d }}a: {{ mustToToml $d }}"#, 53, "mustToToml $d"),
      (#"{{ $d := dict "x" 1 }}{{ $_ := set $d "a" (list $d) }}a: {{ toToml $d }}"#, 60, "toToml $d"),
      (#"{{ $d := dict "x" 1 }}{{ $_ := set $d "a" (list 1 $d) }}a: {{ toToml $d }}"#, 62, "toToml $d"),
      (
        #"{{ $d := dict "x" 1 }}{{ $_ := set $d "a" (dict "b" (dict "c" $d)) }}a: {{ toToml $d }}"#, 75,
        "toToml $d"
      ),
    ]
    for c in cases {
      let run = try render(["templates/t.yaml": c.template + "\n"])
      #expect(run.status == 1, "\(c.template)")
      let name = c.function.split(separator: " ")[0]
      #expect(
        firstLine(run.stderr)
          == "Error: template: demo/templates/t.yaml:1:\(c.column): executing \"demo/templates/t.yaml\" at <\(c.function)>: error calling \(name): toml: unsupported value: encountered a cycle via map[string]interface {}",
        "\(c.template)")
    }
  }

  @Test func toTomlOfAMapSeenTwiceWithoutACycleEncodes() throws {
    // The same map under two keys is no cycle: both tables are written.
    let run = try render([
      "templates/t.yaml":
        "{{ $s := dict \"v\" 1 }}{{ $d := dict \"a\" $s \"b\" $s }}a: {{ toToml $d | quote }}\n"
    ])
    #expect(run.status == 0, "\(run.stderr.prefix(500))")
    #expect(
      run.stdout == "---\n# Source: demo/templates/t.yaml\na: \"[a]\\n  v = 1\\n\\n[b]\\n  v = 1\\n\"\n")
  }

  /// Manifests nested thousands of levels deep (go-yaml allows 10,000): with the validation
  /// error of the outermost field, as shallow documents get it.
  static func deepManifest(_ nested: String) -> String {
    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: \(nested)\n"
  }

  static let deepDocuments: [(name: String, text: String, report: String)] = [
    (
      "flow-sequences.yaml",
      deepManifest(String(repeating: "[", count: 9000) + String(repeating: "]", count: 9000)),
      "ConfigMap/x is invalid\n  - at '/data/a' (type): got array, want null or string [FILE:6]\n"
    ),
    (
      "flow-mappings.yaml",
      deepManifest(String(repeating: "{a: ", count: 9000) + "1" + String(repeating: "}", count: 9000)),
      "ConfigMap/x is invalid\n  - at '/data/a' (type): got object, want null or string [FILE:6]\n"
    ),
    (
      "block-mappings.yaml",
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n"
        + (1...3000).map { String(repeating: "  ", count: $0) + "a:" }.joined(separator: "\n") + " 1\n",
      "ConfigMap/x is invalid\n  - at '/data/a' (type): got object, want null or string [FILE:6]\n"
    ),
    (
      "too-deep.yaml",
      deepManifest(String(repeating: "[", count: 10001) + String(repeating: "]", count: 10001)),
      "document 0 failed validation\n  - yaml: line 6: exceeded max depth of 10000\n"
    ),
  ]

  @Test(arguments: 0..<deepDocuments.count)
  func validateOfDeeplyNestedDocumentsDoesNotCrash(_ index: Int) throws {
    let d = Self.deepDocuments[index]
    let dir = try TemporaryDirectory()
    let path = try dir.write(d.name, d.text)
    let run = try ChartcRun.bounded(["validate", path, "--color", "never"], seconds: 60)
    run.expectFinished(60)
    #expect(run.status == 1, "\(run.stderr.prefix(500))")
    let summary =
      d.name == "too-deep.yaml"
      ? "Valid: 0, Invalid: 0, Errors: 1, Skipped: 0" : "Valid: 0, Invalid: 1, Errors: 0, Skipped: 0"
    #expect(
      run.stdout
        == "\(path): " + d.report.replacingOccurrences(of: "FILE", with: path)
        + "Summary: 1 resource found in 1 file - \(summary)\n")
  }

  @Test func validateAgainstOneSchemaReadsDeeplyNestedDocuments() throws {
    // Once refused with "nesting too deep for the 8 MiB thread stack" (go-yaml reads it).
    let dir = try TemporaryDirectory()
    let schema = try dir.write("schema.json", #"{"type": "object"}"#)
    let nested = String(repeating: "[", count: 9000) + String(repeating: "]", count: 9000)
    let path = try dir.write("deep.yaml", Self.deepManifest(nested))
    let text = try ChartcRun.bounded(["validate", "--schema", schema, path, "--color", "never"], seconds: 60)
    text.expectFinished(60)
    #expect(text.status == 0, "\(text.stdout.prefix(500))")
    #expect(
      text.stdout == "Summary: 1 resource found in 1 file - Valid: 1, Invalid: 0, Errors: 0, Skipped: 0\n")
    let json = try ChartcRun.bounded(["validate", "--schema", schema, path, "-o", "json"], seconds: 60)
    json.expectFinished(60)
    #expect(json.status == 0, "\(json.stdout.prefix(500))")
    #expect(json.stdout.contains(#"{"file": "\#(path)", "index": 0, "valid": true, "errors": []}"#))
  }

  @Test func renderValidateAndLintOfADeeplyNestedManifestDoNotCrash() throws {
    let nested = String(repeating: "[", count: 9000) + String(repeating: "]", count: 9000)
    let chart = try FixtureChart(["templates/cm.yaml": Self.deepManifest(nested)])
    let render = try ChartcRun.bounded(["render", chart.path, "--validate", "--color", "never"], seconds: 60)
    render.expectFinished(60)
    #expect(render.status == 1, "\(render.stderr.prefix(500))")
    #expect(
      render.stderr.contains(
        "demo/templates/cm.yaml: ConfigMap/x is invalid\n  - at '/data/a' (type): got array, want null or string [demo/templates/cm.yaml:6]\n"
      ), "\(render.stderr.prefix(500))")

    let lint = try ChartcRun.bounded(["lint", chart.path, "--color", "never"], seconds: 60)
    lint.expectFinished(60)
    #expect(lint.status == 1, "\(lint.stderr.prefix(500))")
    #expect(
      lint.stdout.contains("error   schema  ConfigMap/default/x: got array, want null or string"),
      "\(lint.stdout.prefix(800))")
  }

  @Test func outputPastChartcsLimitFailsWithoutAPartialFile() throws {
    // 17 copies of a 16 MiB string: past the 256 MiB bound on one template's output.
    let files: [String: String?] = [
      "templates/a.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n",
      "templates/t.yaml": "x: {{ $s := repeat 16777216 \"x\" }}{{ range until 17 }}{{ $s }}{{ end }}\n",
    ]
    let expected = """
      Error: demo/templates/t.yaml:1:57
        executing "demo/templates/t.yaml" at <{{$s}}>:
          rendered output exceeds chartc's limit of 268435456 bytes

      Use --debug flag to render out invalid YAML

      """
    let run = try render(files)
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr == expected)

    let scratch = try TemporaryDirectory()
    let out = scratch.path + "/out"
    let dirRun = try render(files, ["--output-dir", out])
    #expect(dirRun.status == 1)
    #expect(dirRun.stdout.isEmpty)
    #expect(dirRun.stderr == expected)
    #expect(!FileManager.default.fileExists(atPath: out), "written: \(scratch.listing())")
  }
}
