import Testing
import Values

@testable import Template

@Suite struct ParserTests {
  func parseError(_ text: String) -> String? {
    let set = TemplateSet()
    do {
      try set.parse(name: "f.yaml", text: text)
      return nil
    } catch {
      return HelmErrorFormatter.format(error)
    }
  }

  @Test func goMessages() {
    #expect(parseError("{{ nosuch 1 }}") == "parse error at (f.yaml:1): function \"nosuch\" not defined")
    #expect(parseError("{{ end }}") == "parse error at (f.yaml:1): unexpected {{end}}")
    #expect(parseError("{{ if 1 }}") == "parse error at (f.yaml:1): unexpected EOF")
    #expect(parseError("a\n{{ .x\n") == "parse error at (f.yaml:3): unclosed action started at f.yaml:2")
    #expect(parseError("{{ $x }}") == "parse error at (f.yaml:1): undefined variable \"$x\"")
    #expect(parseError("{{ break }}") == "parse error at (f.yaml:1): {{break}} outside {{range}}")
    #expect(
      parseError("{{ 1 | 2 }}") == "parse error at (f.yaml:1): non executable command in pipeline stage 2")
    #expect(parseError("{{ 99999999999999999999 }}") == "parse error at (f.yaml:1): \"99999999999999999999\"")
    #expect(
      parseError("{{ define \"d\" }}a{{ end }}{{ define \"d\" }}b{{ end }}")
        == "parse error at (f.yaml:1): multiple definition of template \"d\"")
  }

  @Test func nodeStringsAsGoPrintsThem() throws {
    let (main, _) = try Parser.parse(
      name: "t", text: "{{ if and .a (eq $.b 1) }}x{{ else }}{{ template \"n\" . }}{{ end }}",
      hasFunction: { _ in true })
    #expect(try main.root().description == "{{if and .a (eq $.b 1)}}x{{else}}{{template \"n\" .}}{{end}}")
  }

  @Test func chainedFieldPositionIsTheSecondField() throws {
    let (main, _) = try Parser.parse(name: "t", text: "{{ .Values.missing.x }}", hasFunction: { _ in true })
    let action = try main.root().nodes[0] as? ActionNode
    #expect(action?.pipe.cmds[0].args[0].pos == 10)
  }

  @Test func numberLiterals() throws {
    func number(_ text: String) throws -> NumberNode {
      try NumberParser.parse(pos: 0, text: text, kind: .number)
    }
    #expect(try number("0x1F").int64 == 31)
    #expect(try number("0o17").int64 == 15)
    #expect(try number("017").int64 == 15)
    #expect(try number("0b101").int64 == 5)
    #expect(try number("1_000").int64 == 1000)
    #expect(try number("1e3").isInt)
    #expect(try number("1.5").isInt == false)
  }

  @Test func emptyDefinitionDoesNotReplace() throws {
    let set = TemplateSet()
    try set.parse(name: "a.yaml", text: "{{ define \"x\" }}full{{ end }}")
    try set.parse(name: "b.yaml", text: "{{ define \"x\" }} {{/* c */}} {{ end }}")
    #expect(try set.execute(name: "x", data: .null) == "full")
    try set.parse(name: "c.yaml", text: "{{ define \"x\" }}later{{ end }}")
    #expect(try set.execute(name: "x", data: .null) == "later")
  }
}

@Suite struct ParserDepthTests {
  @Test func parenthesizedNestingIsCappedAsInGo() throws {
    let ok = String(repeating: "(", count: 10000) + "1" + String(repeating: ")", count: 10000)
    let set = TemplateSet()
    #expect(throws: Never.self) { try set.parse(name: "a", text: "{{ " + ok + " }}") }
    #expect(try set.execute(name: "a", data: .null) == "1")
    let tooDeep = "(" + ok + ")"
    do {
      try set.parse(name: "b", text: "{{ " + tooDeep + " }}")
      Issue.record("expected a parse error")
    } catch {
      #expect(HelmErrorFormatter.format(error) == "parse error at (b:1): max expression depth exceeded")
    }
  }

  @Test func deepControlNestingIsAnErrorNotACrash() throws {
    let text = String(repeating: "{{ if 1 }}", count: 20000) + String(repeating: "{{ end }}", count: 20000)
    let set = TemplateSet()
    #expect(throws: TemplateParseError.self) { try set.parse(name: "c", text: text) }
    let fine =
      String(repeating: "{{ if 1 }}", count: 3000) + "x" + String(repeating: "{{ end }}", count: 3000)
    #expect(throws: Never.self) { try set.parse(name: "d", text: fine) }
    #expect(try set.execute(name: "d", data: .null) == "x")
  }
}
