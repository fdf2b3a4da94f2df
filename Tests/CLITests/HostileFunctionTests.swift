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
}
