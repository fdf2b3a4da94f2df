import Foundation
import GoLib
import TestSupport
import Values

@testable import Template

/// One line of `shared/conformance/templates/*.jsonl` (read by TestSupport's one reader).
struct ConformanceCase {
  let line: ConformanceCaseLine

  var id: String { line.id }
  var template: String { line.template }
  var helpers: String? { line.helpers }
  var release: String? { line.release }
  var namespace: String? { line.namespace }
  var output: String? { line.output }
  var error: String? { line.error }

  /// The user values as Helm's top-level `.Values` (a `common.Values` map).
  var values: Value {
    guard case .map(let m)? = line.values else { return .map(GoMap([:], goTypeName: "common.Values")) }
    return .map(GoMap(m.storage, goTypeName: "common.Values"))
  }

  /// The cases of JSON-lines text.
  static func parse(_ text: String) -> [ConformanceCase] {
    ((try? ConformanceCaseFile.parse(text)) ?? []).map(ConformanceCase.init(line:))
  }
}

/// Renders conformance cases the way Helm renders `templates/t.yaml` of the `oracle` chart.
enum ConformanceHarness {
  /// Every function name in Helm's function map (helm-behaviour.md §3).
  static let helmFunctionNames: Set<String> = {
    guard
      let doc = try? String(
        contentsOfFile: SharedFixtures.shared("docs/helm-behaviour.md") ?? "/nonexistent", encoding: .utf8),
      let line = doc.split(separator: "\n").first(where: { $0.hasPrefix("abbrev abbrevboth") })
    else { return [] }
    return Set(line.split(separator: " ").map(String.init))
  }()

  /// Names Helm defines that this harness cannot run: Sprig, Helm's own (except
  /// `include` and `tpl`, which the harness implements on `ExecutionContext`), and Sprig's
  /// `slice`.
  static let nonBuiltinNames: Set<String> = helmFunctionNames.subtracting(Builtin.names).union(["slice"])
    .subtracting(["include", "tpl"])

  /// A table where every Helm/Sprig function exists (so parsing sees them) but fails,
  /// except `include` and `tpl`, written as Helm writes them.
  static func table() -> FunctionTable {
    var t = FunctionTable()
    for name in nonBuiltinNames {
      t[name] = TemplateFunction([], variadic: .any) { _ in throw FunctionError("not implemented in test") }
    }
    let counter = IncludeCounter()
    t["include"] = TemplateFunction([.string, .any]) { call in
      let name = call[0].stringValue ?? ""
      let n = counter.counts[name] ?? 0
      if counter.counts[name] != nil && n > 1000 {
        throw FunctionError(
          "rendering template has a nested reference name: \(name): unable to execute template")
      }
      counter.counts[name] = n + 1
      defer { counter.counts[name] = n }
      return .string(try call.context.executeTemplate(named: name, data: call[1]))
    }
    t["tpl"] = TemplateFunction([.string, .any]) { call in
      let text = call[0].stringValue ?? ""
      do {
        return .string(
          NoValueStripping.strip(try call.context.executeText(text, named: "gotpl", data: call[1])))
      } catch let e as TemplateParseError {
        throw FunctionError("cannot parse template \(GoStrconv.quote(text)): \(e.description)")
      } catch {
        throw FunctionError(
          "error during tpl function execution for \(GoStrconv.quote(text)): \(goErrorText(error))")
      }
    }
    return t
  }

  /// Whether the case uses only Go builtins (no Sprig/Helm function).
  static func usesOnlyBuiltins(_ c: ConformanceCase) -> Bool {
    for text in [c.template, c.helpers ?? ""] {
      let lexed = Lexer.tokenize(text)
      for token in lexed.tokens where token.kind == .identifier {
        if nonBuiltinNames.contains(lexed.text(of: token)) { return false }
      }
    }
    return true
  }

  static func chart() -> Value {
    .map([
      "APIVersion": .string("v2"), "Annotations": .map(GoMap([:], goTypeName: "map[string]string")),
      "AppVersion": .string("1.0"), "Condition": .string(""), "Dependencies": .list([]),
      "Deprecated": .bool(false), "Description": .string(""), "Home": .string(""), "Icon": .string(""),
      "IsRoot": .bool(true), "Keywords": .list([]), "KubeVersion": .string(""),
      "Maintainers": .list([]), "Name": .string("oracle"), "Sources": .list([]),
      "Tags": .string(""), "Type": .string(""), "Version": .string("0.1.0"),
    ])
  }

  static func data(for c: ConformanceCase) -> Value {
    return .map([
      "Values": c.values,
      "Release": .map([
        "Name": .string(c.release ?? "rel"), "Namespace": .string(c.namespace ?? "ns"),
        "IsInstall": .bool(true), "IsUpgrade": .bool(false), "Revision": .int(1), "Service": .string("Helm"),
      ]),
      "Chart": chart(),
      "Template": .map(
        GoMap(
          ["Name": .string("oracle/templates/t.yaml"), "BasePath": .string("oracle/templates")],
          goTypeName: "common.Values")),
      "Files": .map([:]),
      "Capabilities": .object(TestCapabilities()),
      "Subcharts": .map([:]),
    ])
  }

  /// Helm's result for the case: the rendered text or the formatted error.
  static func render(_ c: ConformanceCase) -> (output: String?, error: String?) {
    let set = TemplateSet(functions: table())
    do {
      try set.parse(name: "oracle/templates/t.yaml", text: c.template)
      if let h = c.helpers { try set.parse(name: "oracle/templates/_helpers.tpl", text: h) }
      return (try set.render(name: "oracle/templates/t.yaml", data: data(for: c)), nil)
    } catch {
      return (nil, HelmErrorFormatter.format(error))
    }
  }
}

/// A stand-in for Helm's `*common.Capabilities` with the members the builtin-only cases use.
struct TestCapabilities: GoObject {
  var goTypeName: String { "*common.Capabilities" }
  var goKind: GoKind { .ptr }
  func member(named name: String) -> GoMember? {
    switch name {
    case "KubeVersion":
      return .field(.map(["Version": .string("v1.36.0"), "Major": .string("1"), "Minor": .string("36")]))
    case "APIVersions": return .field(.object(TestVersionSet()))
    default: return nil
    }
  }
  func formatted(plus: Bool, sharp: Bool) -> String { "&{...}" }
}

/// Helm's `chartutil.VersionSet` stand-in with its `Has` method.
struct TestVersionSet: GoObject {
  func parameterTypes(ofMethod name: String) -> (fixed: [GoArgumentType], variadic: GoArgumentType?)? {
    name == "Has" ? ([.basic(.string)], nil) : nil
  }
  var goTypeName: String { "common.VersionSet" }
  var goKind: GoKind { .slice }
  var sliceItems: [Value]? { [.string("v1"), .string("apps/v1")] }
  func member(named name: String) -> GoMember? {
    guard name == "Has" else { return nil }
    return .method(
      GoMethod(arity: 1) { args in
        .bool(["v1", "apps/v1"].contains(args.first?.stringValue ?? ""))
      })
  }
  func formatted(plus: Bool, sharp: Bool) -> String { "[v1 apps/v1]" }
}

/// Helm's per-name `include` nesting counter (one per render).
final class IncludeCounter: @unchecked Sendable { var counts: [String: Int] = [:] }
