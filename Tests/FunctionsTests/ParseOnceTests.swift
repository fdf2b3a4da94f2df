import Functions
import Template
import Testing
import Values

/// `include` and `tpl` never re-parse text they have seen: a template that includes a
/// helper 10,000 times and calls `tpl` on the same text 10,000 times parses three texts.
@Suite struct ParseOnceTests {
  @Test func includeAndTplInALoopParseEachTextOnce() throws {
    var functions = SprigLibrary.functions()
    functions.merge(HelmFunctions.engineFunctions())
    let set = TemplateSet(functions: functions)
    try set.parse(
      name: "t.yaml", text: #"{{ range until 10000 }}{{ include "h" $ }}{{ tpl "{{ .x }}" $ }}{{ end }}"#)
    try set.parse(name: "_helpers.tpl", text: #"{{ define "h" }}<{{ .x }}>{{ end }}"#)
    #expect(set.parseCount == 2)
    let output = try set.execute(name: "t.yaml", data: .map(["x": .string("v")]))
    #expect(output.utf8.count == 10_000 * "<v>v".utf8.count)
    #expect(set.parseCount == 3, "the tpl text must be parsed once, not 10,000 times")
  }
}
