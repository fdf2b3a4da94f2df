import Foundation
import GoLib
import TestSupport
import Testing
import Values

@testable import Template

/// A parse that defers the bodies of definitions and branches (`DeferredBody`) gives the
/// trees, and the errors, of a parse that does not: for every template and helpers text of
/// the conformance cases, the deferred trees written out with every body parsed are the full
/// trees' text, and a text that fails to parse fails the same way when its deferred bodies
/// are checked (built or not). Renders through a set that defers report a parse error
/// anywhere before any execution error, and an earlier file's before a later one's.
@Suite struct DeferredBodyTests {
  static let hasFunction: @Sendable (String) -> Bool = { name in
    Builtin(rawValue: name) != nil
      || ["include", "tpl", "quote", "default", "toYaml", "nindent"].contains(name)
  }

  /// Every template and helpers text of the shared and the project's conformance cases,
  /// plus texts that exercise each kind of body and error.
  static func texts() throws -> [String] {
    var texts = [
      "{{ define \"a\" }}{{ if .x }}A{{ else if .y }}B{{ else }}C{{ end }}{{ end }}",
      "{{ range $i, $v := .l }}{{ if $i }}{{ break }}{{ end }}{{ $v }}{{ else }}none{{ end }}",
      "{{ with .x }}{{ $y := 1 }}{{ else with .z }}{{ . }}{{ end }}",
      "{{ if .a }}{{ $x := 1 }}{{ else }}{{ $x }}{{ end }}",
      "{{ if .a }}{{ $x := 1 }}{{ end }}{{ $x }}",
      "{{ define \"d\" }}{{ nosuch }}{{ end }}ok",
      "{{ if .a }}{{ end x }}{{ end }}",
      "{{ if .a }}{{ else }}{{ else }}{{ end }}",
      "{{ range .a }}{{ else if .b }}{{ end }}",
      "{{ define \"d\" }}{{ else }}{{ end }}",
      "{{ define \"d\" }}{{ block \"b\" . }}x{{ end }}{{ end }}{{ template \"b\" }}",
      "{{ if .a }}{{ define \"x\" }}{{ end }}{{ end }}",
      "{{ define \"d\" }}a{{ end }}{{ define \"d\" }}b{{ end }}",
      "{{ define \"d\" }} {{ end }}{{ define \"d\" }}b{{ end }}",
      "{{ if .a }}{{ continue }}{{ end }}",
      "{{ if .a }}{{ 1 | 2 }}{{ end }}",
      "{{ if .a }}{{ \"x\".y }}{{ end }}",
      "{{ if .a }}{{ \"\\q\" }}{{ end }}",
      "{{ if .a }}{{ 0x }}{{ end }}",
      "{{ if .a }}{{ (1 }}{{ end }}",
      "{{ if .a }}\n{{ .b\n",
      "{{ if .a }}x",
      "{{ define \"d\" }}x",
      "{{ if .a }}{{/* c */}}{{- if .b -}} y {{- end -}}{{ end }}",
      "{{ if .a }}{{ template \"t\" $z := 1 }}{{ $z }}{{ end }}",
    ]
    var files: [URL] = []
    if let shared = SharedFixtures.sharedDirectory {
      let dir = shared.appendingPathComponent("conformance/templates")
      for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".jsonl")
      {
        files.append(dir.appendingPathComponent(name))
      }
    }
    let own = SharedFixtures.packageRoot.appendingPathComponent("Tests/ConformanceTests/Cases")
    for name in try FileManager.default.contentsOfDirectory(atPath: own.path) where name.hasSuffix(".jsonl") {
      files.append(own.appendingPathComponent(name))
    }
    for url in files.sorted(by: { $0.path < $1.path }) {
      for c in try ConformanceCaseFile.parse(String(contentsOf: url, encoding: .utf8)) {
        texts.append(c.template)
        if let h = c.helpers { texts.append(h) }
      }
    }
    return texts
  }

  /// The trees' text with every body parsed, or the error.
  static func written(
    _ parse: () throws(TemplateParseError) -> (main: ParseTree, defined: [(String, ParseTree)])
  )
    -> String
  {
    do {
      let (main, defined) = try parse()
      try ParsedFile(main: main, defined: defined).checkDeferredBodies()
      var out = try main.root().description
      for (name, tree) in defined { out += "\n\(name): " + (try tree.root().description) }
      return out
    } catch {
      return "error: \(error)"
    }
  }

  /// A valid text with a definition or a branch at its top level has a deferred body: the
  /// deferring parse did not fall back to a full one (as it does where it fails).
  @Test func validTextsAreDeferred() throws {
    var deferred = 0
    for text in try Self.texts() where !text.contains("block") {
      guard let full = try? Parser.parse(name: "t", text: text, hasFunction: Self.hasFunction) else {
        continue
      }
      let topLevel = try full.main.root().nodes.contains { $0 is BranchNode }
      guard topLevel || !full.defined.isEmpty else { continue }
      let parsed = try Parser.parseDeferring(name: "t", text: text, hasFunction: Self.hasFunction)
      let bodies =
        parsed.defined.filter { $0.1.isDeferred }.count
        + (try parsed.main.root().nodes.filter { ($0 as? BranchNode)?.isDeferred == true }.count)
      #expect(bodies > 0, "\(text.debugDescription)")
      deferred += 1
    }
    #expect(deferred > 100)
  }

  @Test func deferredTreesAreTheFullTrees() throws {
    let texts = try Self.texts()
    #expect(texts.count > 1000)
    var deferredBodies = 0
    var failures = 0
    for text in texts {
      let full = Self.written { () throws(TemplateParseError) in
        try Parser.parse(name: "t", text: text, hasFunction: Self.hasFunction)
      }
      let deferred = Self.written { () throws(TemplateParseError) in
        try Parser.parseDeferring(name: "t", text: text, hasFunction: Self.hasFunction)
      }
      #expect(deferred == full, "\(text.debugDescription)")
      if full.hasPrefix("error: ") { failures += 1 }
      if text.contains("{{") && (text.contains("if") || text.contains("define")) { deferredBodies += 1 }
    }
    // the comparison covers failing texts and deferred bodies, not only plain ones
    #expect(failures > 100)
    #expect(deferredBodies > 300)
  }

  /// Checked without being built, a body with an error fails as the whole file's parse does.
  @Test func checkingUnbuiltBodiesFindsTheFilesError() throws {
    for text in try Self.texts() {
      let full: String
      do {
        _ = try Parser.parse(name: "t", text: text, hasFunction: Self.hasFunction)
        full = "ok"
      } catch {
        full = "\(error)"
      }
      var checked = "ok"
      do {
        let (main, defined) = try Parser.parseDeferring(name: "t", text: text, hasFunction: Self.hasFunction)
        try ParsedFile(main: main, defined: defined).checkDeferredBodies()
      } catch {
        checked = "\(error)"
      }
      #expect(checked == full, "\(text.debugDescription)")
    }
  }

  func render(_ files: [(String, String)]) -> String {
    let set = TemplateSet(defersBodies: true)
    do {
      for (name, text) in files { try set.parse(name: name, text: text) }
      let out = try set.render(name: files[0].0, data: .map(["a": .bool(false)]))
      try set.checkDeferredBodies()
      return out
    } catch {
      // as RenderEngine does: a parse error anywhere comes before the render's error
      do { try set.checkDeferredBodies() } catch { return HelmErrorFormatter.format(error) }
      return HelmErrorFormatter.format(error)
    }
  }

  @Test func anUnreachedBodysErrorFailsTheRender() {
    #expect(
      render([("f.yaml", "{{ if .a }}{{ nosuch }}{{ end }}ok")])
        == "parse error at (f.yaml:1): function \"nosuch\" not defined")
    #expect(
      render([("f.yaml", "ok\n{{ define \"d\" }}\n{{ $x }}{{ end }}")])
        == "parse error at (f.yaml:3): undefined variable \"$x\"")
    // the unreached error comes before the error the render meets
    #expect(
      render([("f.yaml", "{{ index .a 1 }}{{ if .a }}{{ end x }}{{ end }}")])
        == "parse error at (f.yaml:1): unexpected \"x\" in end")
    // a reached body is built; an unreached one after it is still checked
    #expect(
      render([("f.yaml", "{{ if not .a }}yes{{ end }}{{ if .a }}{{ 1 | 2 }}{{ end }}")])
        == "parse error at (f.yaml:1): non executable command in pipeline stage 2")
    #expect(render([("f.yaml", "{{ if not .a }}yes{{ else }}{{ .b }}{{ end }}")]) == "yes")
  }

  @Test func theFirstFileWithAnErrorIsReported() {
    let set = TemplateSet(defersBodies: true)
    #expect(throws: Never.self) { try set.parse(name: "a.yaml", text: "{{ define \"x\" }}{{ $y }}{{ end }}") }
    do {
      try set.parse(name: "b.yaml", text: "{{ end }}")
      Issue.record("b.yaml parsed")
    } catch {
      #expect(HelmErrorFormatter.format(error) == "parse error at (b.yaml:1): unexpected {{end}}")
    }
    do {
      try set.checkDeferredBodies()
      Issue.record("a.yaml's deferred body passed its check")
    } catch {
      #expect(HelmErrorFormatter.format(error) == "parse error at (a.yaml:1): undefined variable \"$y\"")
    }
  }
}
