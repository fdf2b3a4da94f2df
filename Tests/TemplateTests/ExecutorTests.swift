import Testing
import Values

@testable import Template

@Suite struct ExecutorTests {
  func render(_ text: String, _ data: Value = .map([:]), functions: FunctionTable = FunctionTable()) -> String {
    let set = TemplateSet(functions: functions)
    do {
      try set.parse(name: "t.yaml", text: text)
      return try set.execute(name: "t.yaml", data: data)
    } catch {
      return "ERROR: " + HelmErrorFormatter.format(error)
    }
  }

  @Test func recursionIsBoundedNotACrash() {
    let out = render("{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}")
    #expect(out.contains("exceeded maximum template depth"))
  }

  @Test func rangeBreakContinueAndElse() {
    #expect(render("{{ range $i, $v := list }}{{ end }}", functions: listTable) == "")
    #expect(render("{{ range 5 }}{{ if eq . 3 }}{{ break }}{{ end }}{{ if eq . 1 }}{{ continue }}{{ end }}{{ . }}{{ end }}") == "02")
    #expect(render("{{ range 0 }}x{{ else }}empty{{ end }}") == "empty")
  }

  @Test func andOrShortCircuitReturnDecidingValue() {
    #expect(render("{{ and 1 0 2 }}|{{ or 0 \"\" \"x\" }}|{{ or 0 false }}") == "0|x|false")
  }

  @Test func missingKeysAndNil() {
    let data: Value = .map(["m": .map(["a": .int(1)])])
    #expect(render("{{ .m.zz }}", data) == "<no value>")
    #expect(render("{{ $x := .nope }}{{ $x.y }}", data) == "<no value>")
    #expect(render("{{ .nope.y }}", data).contains("nil pointer evaluating interface {}.y"))
  }

  @Test func executeTextKeepsDefinitionsPrivate() throws {
    let set = TemplateSet()
    try set.parse(name: "t.yaml", text: "{{ define \"shared\" }}S{{ end }}")
    let executor = Executor(namespace: set.namespace, functions: set.functions, setName: "gotpl", maxDepth: 100)
    let out = try executor.executeText(
      "{{ define \"p\" }}P{{ end }}{{ template \"p\" }}{{ template \"shared\" }}", named: "gotpl", data: .null)
    #expect(out == "PS")
    #expect(set.hasTemplate(named: "p") == false)
  }

  @Test func functionArgumentChecks() {
    var table = FunctionTable()
    table["upper"] = TemplateFunction([.string]) { call in .string((call[0].stringValue ?? "").uppercased()) }
    table["boom"] = TemplateFunction([]) { _ in throw FunctionError("bad") }
    #expect(render("{{ upper \"a\" }}", functions: table) == "A")
    #expect(render("{{ upper 5 }}", functions: table).hasSuffix("expected string; found 5"))
    #expect(render("{{ upper \"a\" \"b\" }}", functions: table).hasSuffix("wrong number of args for upper: want 1 got 2"))
    #expect(
      render("{{ boom }}", functions: table)
        == "ERROR: template: t.yaml:1:3: executing \"t.yaml\" at <boom>: error calling boom: bad")
  }

  @Test func helmWarningsReportTheOutermostLocation() {
    var table = FunctionTable()
    table["fail"] = TemplateFunction([.string]) { call in
      throw FunctionError(HelmErrorFormatter.wrapWarning(call[0].stringValue ?? ""))
    }
    #expect(render("a\n  {{ fail \"no\" }}", functions: table) == "ERROR: execution error at (t.yaml:2:5): no")
  }

  @Test func noValueStripping() {
    #expect(NoValueStripping.strip("a <no value> b<no value>") == "a  b")
  }

  let listTable: FunctionTable = {
    var t = FunctionTable()
    t["list"] = TemplateFunction([], variadic: .any) { call in .list(call.arguments) }
    return t
  }()
}

@Suite struct RecursionBoundTests {
  @Test func goDepthLimitMessageAndPosition() throws {
    let set = TemplateSet(maxDepth: 50)
    try set.parse(name: "t.yaml", text: "{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}")
    #expect(throws: TemplateExecutionError.self) { try set.execute(name: "t.yaml", data: .null) }
    do {
      _ = try set.execute(name: "t.yaml", data: .null)
    } catch {
      #expect(
        HelmErrorFormatter.format(error)
          == "t.yaml:1:28\n  executing \"r\" at <{{template \"r\" .}}>:\n    exceeded maximum template depth (50)")
    }
  }

  @Test func nestedExecutionsThroughAFunctionAreBounded() throws {
    var table = FunctionTable()
    table["inc"] = TemplateFunction([.string, .any]) { call in
      .string(try call.context.executeTemplate(named: call[0].stringValue ?? "", data: call[1]))
    }
    let set = TemplateSet(functions: table, maxDepth: 100)
    try set.parse(name: "t.yaml", text: "{{ define \"r\" }}{{ inc \"r\" . }}{{ end }}{{ inc \"r\" . }}")
    #expect(throws: TemplateExecutionError.self) { try set.execute(name: "t.yaml", data: .null) }
  }
}
