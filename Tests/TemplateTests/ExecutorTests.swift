import Testing
import Values

@testable import Template

@Suite struct ExecutorTests {
  func render(_ text: String, _ data: Value = .map([:]), functions: FunctionTable = FunctionTable()) -> String
  {
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
    #expect(
      render(
        "{{ range 5 }}{{ if eq . 3 }}{{ break }}{{ end }}{{ if eq . 1 }}{{ continue }}{{ end }}{{ . }}{{ end }}"
      ) == "02")
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
    let executor = Executor(
      namespace: set.namespace, functions: set.functions, setName: "gotpl", maxDepth: 100)
    let out = try executor.executeText(
      "{{ define \"p\" }}P{{ end }}{{ template \"p\" }}{{ template \"shared\" }}", named: "gotpl", data: .null
    )
    #expect(out == "PS")
    #expect(set.hasTemplate(named: "p") == false)
  }

  @Test func functionArgumentChecks() {
    var table = FunctionTable()
    table["upper"] = TemplateFunction([.string]) { call in .string((call[0].stringValue ?? "").uppercased()) }
    table["boom"] = TemplateFunction([]) { _ in throw FunctionError("bad") }
    #expect(render("{{ upper \"a\" }}", functions: table) == "A")
    #expect(render("{{ upper 5 }}", functions: table).hasSuffix("expected string; found 5"))
    #expect(
      render("{{ upper \"a\" \"b\" }}", functions: table).hasSuffix(
        "wrong number of args for upper: want 1 got 2"))
    #expect(
      render("{{ boom }}", functions: table)
        == "ERROR: template: t.yaml:1:3: executing \"t.yaml\" at <boom>: error calling boom: bad")
  }

  @Test func helmWarningsReportTheOutermostLocation() {
    var table = FunctionTable()
    table["fail"] = TemplateFunction([.string]) { call in
      throw FunctionError(HelmErrorFormatter.wrapWarning(call[0].stringValue ?? ""))
    }
    #expect(
      render("a\n  {{ fail \"no\" }}", functions: table) == "ERROR: execution error at (t.yaml:2:5): no")
  }

  /// Every marker goes, left to right and not overlapping (Go's `strings.ReplaceAll`),
  /// wherever it stands: at either end, twice in a row, among multi-byte characters, once
  /// cut; text without one comes back unchanged.
  @Test(arguments: [
    ("a <no value> b<no value>", "a  b"), ("", ""), ("<no value>", ""), ("<no value><no value>x", "x"),
    ("<no <no value>value>", "<no value>"), ("é<no value>ü", "éü"), ("<no valu", "<no valu"),
    ("plain text, long enough", "plain text, long enough"), ("x<no value", "x<no value"),
  ])
  func noValueStripping(text: String, stripped: String) {
    #expect(NoValueStripping.strip(text) == stripped)
    let long = String(repeating: "abc ", count: 300)
    #expect(NoValueStripping.strip(long + text + long) == long + stripped + long)
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
    try set.parse(
      name: "t.yaml", text: "{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}")
    #expect(throws: TemplateExecutionError.self) { try set.execute(name: "t.yaml", data: .null) }
    do {
      _ = try set.execute(name: "t.yaml", data: .null)
    } catch {
      #expect(
        HelmErrorFormatter.format(error)
          == "t.yaml:1:28\n  executing \"r\" at <{{template \"r\" .}}>:\n    exceeded maximum template depth (50)"
      )
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

@Suite struct HelmWarningFormatTests {
  @Test func multilineWarningKeepsItsNewlines() throws {
    var table = FunctionTable()
    table["fail"] = TemplateFunction([.string]) { call in
      throw FunctionError(HelmErrorFormatter.wrapWarning(call[0].stringValue ?? ""))
    }
    let set = TemplateSet(functions: table)
    try set.parse(name: "t.yaml", text: "{{ fail \"line1\\nline2\" }}")
    do {
      _ = try set.execute(name: "t.yaml", data: .null)
      Issue.record("expected failure")
    } catch {
      #expect(HelmErrorFormatter.format(error) == "execution error at (t.yaml:1:3): line1\nline2")
    }
  }
}

@Suite struct MethodCallTests {
  func render(_ text: String) -> String {
    let set = TemplateSet()
    do {
      try set.parse(name: "t.yaml", text: text)
      return try set.execute(name: "t.yaml", data: .map(["Caps": .object(TestVersionSet())]))
    } catch {
      return HelmErrorFormatter.format(error)
    }
  }

  @Test func typedMethodParameters() {
    #expect(render("{{ .Caps.Has \"v1\" }}") == "true")
    #expect(
      render("{{ .Caps.Has 5 }}")
        == "t.yaml:1:13\n  executing \"t.yaml\" at <5>:\n    expected string; found 5")
    #expect(
      render("{{ .Caps.Has }}")
        == "t.yaml:1:8\n  executing \"t.yaml\" at <.Caps.Has>:\n    wrong number of args for Has: want 1 got 0"
    )
  }
}

/// A `*semver.Version`-like pointer object for typed-parameter tests.
final class TestPointer: GoObject, @unchecked Sendable {
  var goTypeName: String { "*test.Thing" }
  var goKind: GoKind { .ptr }
  func formatted(plus: Bool, sharp: Bool) -> String { "thing" }
}

@Suite struct TypedParameterTests {
  func render(_ text: String) -> String {
    var table = FunctionTable()
    table["thing"] = TemplateFunction([]) { _ in .object(TestPointer()) }
    table["useThing"] = TemplateFunction([.any], overrides: [0: .named("*test.Thing")]) { call in
      .bool(call[0].isNil)
    }
    table["useTime"] = TemplateFunction([.any], overrides: [0: .named("time.Time")]) { _ in .string("t") }
    table["counter"] = TemplateFunction([.int], overrides: [0: .uint32]) { call in call[0] }
    let set = TemplateSet(functions: table)
    do {
      try set.parse(name: "t.yaml", text: text)
      return try set.execute(name: "t.yaml", data: .map(["f": .float(1)]))
    } catch {
      return HelmErrorFormatter.format(error)
    }
  }

  @Test func namedTypes() {
    #expect(render("{{ useThing thing }}") == "false")
    #expect(render("{{ useThing nil }}") == "true")
    #expect(
      render("{{ useThing \"x\" }}")
        == "t.yaml:1:12\n  executing \"t.yaml\" at <\"x\">:\n    can't handle \"x\" for arg of type *test.Thing"
    )
    #expect(
      render("{{ useTime nil }}")
        == "t.yaml:1:11\n  executing \"t.yaml\" at <nil>:\n    cannot assign nil to time.Time")
    #expect(
      render("{{ useTime .f }}")
        == "t.yaml:1:11\n  executing \"t.yaml\" at <.f>:\n    wrong type for value; expected time.Time; got float64"
    )
  }

  @Test func unsignedIntegers() {
    #expect(render("{{ counter 7 }}") == "7")
    #expect(
      render("{{ counter -1 }}")
        == "t.yaml:1:11\n  executing \"t.yaml\" at <-1>:\n    expected unsigned integer; found -1")
    #expect(
      render("{{ counter .f }}")
        == "t.yaml:1:11\n  executing \"t.yaml\" at <.f>:\n    wrong type for value; expected uint32; got float64"
    )
  }

  @Test func pointersCompareByIdentity() {
    #expect(render("{{ eq thing thing }}") == "false")
    #expect(render("{{ $t := thing }}{{ eq $t $t }}") == "true")
  }
}

@Suite struct StringMapTests {
  @Test func missingKeyOfAStringMapIsTheEmptyString() throws {
    let set = TemplateSet()
    try set.parse(name: "t.yaml", text: "[{{ .a.foo }}][{{ index .a \"x\" }}]{{ .a.foo.bar }}")
    do {
      _ = try set.execute(
        name: "t.yaml", data: .map(["a": .map(GoMap([:], goTypeName: "map[string]string"))]))
      Issue.record("expected an error")
    } catch {
      #expect(
        HelmErrorFormatter.format(error)
          == "t.yaml:1:39\n  executing \"t.yaml\" at <.a.foo.bar>:\n    can't evaluate field bar in type string"
      )
    }
    try set.parse(name: "u.yaml", text: "[{{ .a.foo }}][{{ index .a \"x\" }}]")
    #expect(
      try set.execute(name: "u.yaml", data: .map(["a": .map(GoMap([:], goTypeName: "map[string]string"))]))
        == "[][]")
  }
}
