import Foundation
import GoLib
import Testing
import Values
import YAML

@testable import Charts

/// Chart.yaml variants read and validated as helm-oracle did (Data/chartyaml/cases.jsonl).
/// The YAML documents are built here by hand (no YAML reader in this target yet), typed
/// as a YAML reader would type them.
@Suite struct ChartMetadataTests {
  static func docs() -> [String: Value] {
    let base: [String: Value] = [
      "apiVersion": .string("v2"), "name": .string("mc"), "version": .string("0.1.0"),
    ]
    func with(_ extra: [String: Value]) -> Value { .map(GoMap(base.merging(extra) { $1 })) }
    return [
      "minimal": with([:]),
      "float-version": .map([
        "apiVersion": .string("v2"), "name": .string("mc"), "version": .float(1.0), "appVersion": .float(1.1),
      ]),
      "int-version": .map([
        "apiVersion": .string("v2"), "name": .string("mc"), "version": .int(12345678), "appVersion": .int(7),
      ]),
      "bool-fields": with([
        "appVersion": .bool(true), "description": .bool(true),
        "annotations": .map(["a": .bool(true), "b": .float(1.5), "c": .int(10), "d": .null]),
      ]),
      "sanitise": with([
        "description": .string("line one\nline\ttwo\n"), "home": .string("a\u{a0}b\u{200b}c\u{01}d"),
        "keywords": .list([.string("k\tw"), .int(5), .bool(true)]), "sources": .list([.string("s\u{2028}")]),
      ]),
      "empty-api": .map(["name": .string("mc"), "version": .string("0.1.0")]),
      "no-name": .map(["apiVersion": .string("v2"), "version": .string("0.1.0")]),
      "dotdot": with(["name": .string("..")]),
      "dot": with(["name": .string(".")]),
      "slash-name": with(["name": .string("a/b")]),
      "no-version": .map(["apiVersion": .string("v2"), "name": .string("mc")]),
      "bad-version": with(["version": .string("abc")]),
      "v-version": with(["version": .string("v1.2.3")]),
      "short-version": with(["version": .string("1")]),
      "pre-version": with(["version": .string("1.2.3-alpha.01")]),
      "pre-version-ok": with(["version": .string("1.2.3-alpha.1+build.5")]),
      "lead-zero": with(["version": .string("01.2.3")]),
      "four-parts": with(["version": .string("1.2.3.4")]),
      "type-app": with(["type": .string("application")]),
      "type-App": with(["type": .string("Application")]),
      "type-other": with(["type": .string("other")]),
      "maintainers": with([
        "maintainers": .list([
          .map(["name": .string("A"), "email": .string("a@x"), "url": .string("http://x")]),
          .map(["name": .string("B")]),
        ])
      ]),
      "maintainer-null": with(["maintainers": .list([.map(["name": .string("A")]), .null])]),
      "maintainer-string": with(["maintainers": .list([.string("x")])]),
      "maintainers-string": with(["maintainers": .string("x")]),
      "dep-null": with(["dependencies": .list([.map(["name": .string("a")]), .null])]),
      "dep-alias-bad": with(["dependencies": .list([.map(["name": .string("a"), "alias": .string("a.b")])])]),
      "dep-dup": with([
        "dependencies": .list([
          .map(["name": .string("a")]), .map(["name": .string("b"), "alias": .string("a")]),
        ])
      ]),
      "dep-dup-name": with([
        "dependencies": .list([.map(["name": .string("a")]), .map(["name": .string("a")])])
      ]),
      "name-list": with(["name": .list([.string("a")])]),
      "deprecated-string": with(["deprecated": .string("yes")]),
      "sources-string": with(["sources": .string("x")]),
      "annotation-map": with(["annotations": .map(["a": .map(["b": .int(1)])])]),
      "top-list": .list([.string("a")]),
      "unknown-key": with(["foo": .string("bar"), "NAME": .string("upper")]),
      "case-insensitive": .map([
        "apiVersion": .string("v2"), "Name": .string("mc"), "version": .string("0.1.0"),
        "AppVersion": .int(2),
      ]),
      "kube-version": with([
        "kubeVersion": .string(">=1.20.0-0"), "icon": .string("https://x/i.png"), "home": .string("h"),
        "condition": .string("c"), "tags": .string("t"),
      ]),
      "empty-name-quoted": with(["name": .string("")]),
      "space-name": with(["name": .string(" ")]),
      "tab-name": with(["name": .string("a\tb")]),
    ]
  }

  /// The fields of `.Chart` that `toJson` printed, rebuilt from the model.
  static func chartJSON(_ m: ChartMetadata) -> String {
    let maintainers: [Value] = m.maintainers.map {
      .map([
        "Name": .string($0?.name ?? ""), "Email": .string($0?.email ?? ""), "URL": .string($0?.url ?? ""),
      ])
    }
    let fields: [String: Value] = [
      "APIVersion": .string(m.apiVersion), "AppVersion": .string(m.appVersion),
      "Condition": .string(m.condition),
      "Deprecated": .bool(m.deprecated), "Description": .string(m.description), "Home": .string(m.home),
      "Icon": .string(m.icon), "Keywords": .list(m.keywords.map { .string($0) }),
      "KubeVersion": .string(m.kubeVersion),
      "Maintainers": .list(maintainers), "Name": .string(m.name),
      "Sources": .list(m.sources.map { .string($0) }),
      "Tags": .string(m.tags), "Type": .string(m.type), "Version": .string(m.version),
      "Annotations": m.annotations.map { a in .map(GoMap(a.mapValues { .string($0) })) } ?? .null,
    ]
    return pythonJSON(.map(GoMap(fields)))
  }

  static let compared = [
    "APIVersion", "AppVersion", "Condition", "Deprecated", "Description", "Home", "Icon", "Keywords",
    "KubeVersion",
    "Maintainers", "Name", "Sources", "Tags", "Type", "Version", "Annotations",
  ]

  @Test func oracleCases() throws {
    let docs = Self.docs()
    var checked = 0
    for c in try jsonLines("chartyaml/cases.jsonl") {
      let name = c["name"]?.stringValue ?? ""
      guard let doc = docs[name] else { continue }
      checked += 1
      var got: String
      do {
        var md = try ChartMetadata(decoding: doc)
        try md.validate()
        got = Self.chartJSON(md)
      } catch {
        got = error.message
      }
      if let err = c["error"]?.stringValue {
        #expect(got == err, "\(name)")
      } else if case .map(let chart)? = c["chart"] {
        let want = GoMap()
        for k in Self.compared { want[k] = chart[k] ?? .null }
        #expect(got == pythonJSON(.map(want)), "\(name)")
      }
    }
    #expect(checked == docs.count)
  }

  /// The same cases read from their Chart.yaml text with the YAML module's reader
  /// (numbers arrive as float64, as through sigs.k8s.io/yaml's JSON step).
  @Test func oracleCasesFromYAMLText() throws {
    var checked = 0
    for c in try jsonLines("chartyaml/cases.jsonl") {
      let name = c["name"]?.stringValue ?? ""
      guard let text = c["chart_yaml"]?.stringValue, c["error"] != nil || c["chart"]?.mapValue != nil else {
        continue
      }
      checked += 1
      var got: String
      do {
        let doc = try YAMLReader.unmarshalAny(text)
        do {
          var md = try ChartMetadata(decoding: doc)
          try md.validate()
          got = Self.chartJSON(md)
        } catch {
          got = error.message
        }
      } catch {
        got = "cannot load Chart.yaml: \(error)"
      }
      if let err = c["error"]?.stringValue {
        #expect(got == err, "\(name)")
      } else if case .map(let chart)? = c["chart"] {
        let want = GoMap()
        for k in Self.compared { want[k] = chart[k] ?? .null }
        #expect(got == pythonJSON(.map(want)), "\(name)")
      }
    }
    #expect(checked >= 40)
  }

  @Test func dependencyFields() throws {
    let doc: Value = .map([
      "apiVersion": .string("v2"), "name": .string("mc"), "version": .string("0.1.0"),
      "dependencies": .list([
        .map([
          "name": .string("a"), "version": .float(1.0), "repository": .string("file://x"),
          "condition": .string("a.enabled"), "tags": .list([.string("t1"), .int(2)]), "alias": .string("al"),
          "import-values": .list([.string("data"), .map(["child": .string("c"), "parent": .string("p")])]),
          "enabled": .bool(true),
        ])
      ]),
    ])
    var md = try ChartMetadata(decoding: doc)
    try md.validate()
    let d = try #require(md.dependencies.first ?? nil)
    #expect(d.name == "a" && d.version == "1" && d.repository == "file://x" && d.condition == "a.enabled")
    #expect(d.tags == ["t1", "2"] && d.alias == "al" && d.enabled && d.importValues.count == 2)
    #expect(
      throws: ChartMetadataError(
        "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go struct field Dependency.dependencies.tags of type string"
      )
    ) {
      _ = try ChartMetadata(decoding: .map(["dependencies": .list([.map(["tags": .list([.map([:])])])])]))
    }
    #expect(
      throws: ChartMetadataError(
        "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go struct field Maintainer.maintainers.email of type string"
      )
    ) {
      _ = try ChartMetadata(decoding: .map(["maintainers": .list([.map(["email": .list([])])])]))
    }
  }

  @Test(arguments: [
    ("1", true), ("v1", true), ("1.2", true), ("1.2.3", true), ("01.2.3", true), ("1.2.3-0", true),
    ("1.2.3-00", false), ("1.2.3-a..b", false), ("1.2.3+", false), ("1.2.3+b.01", true), ("", false),
    ("1.", false), ("1.2.3.4", false), ("V1.2.3", false), ("99999999999999999999.0.0", false),
    ("1.2.3-rc-1", true),
  ])
  func semver(_ text: String, _ valid: Bool) {
    #expect(isValidLenientSemver(text) == valid, "\(text)")
  }

  @Test func releaseNames() {
    #expect(ReleaseName.checkFailure("release-name") == nil)
    #expect(ReleaseName.checkFailure("a.b-c.d") == nil)
    #expect(
      ReleaseName.checkFailure("Bad_Name")
        == #"release name check failed: release name "Bad_Name": invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53"#
    )
    for bad in ["a..b", "a-", "-a", ".a", "a.", String(repeating: "a", count: 54), "é"] {
      #expect(!ReleaseName.isValid(bad), "\(bad)")
    }
    #expect(ReleaseName.isValid(String(repeating: "a", count: 53)))
    #expect(ReleaseName.checkFailure("") == "release name check failed: no name provided")
  }
}

@Suite struct ChartObjectTests {
  /// `{{ .Chart }}` of a chart with one bare dependency, as helm-oracle printed it.
  @Test func printsLikeHelm() throws {
    var md = try ChartMetadata(
      decoding: .map([
        "apiVersion": .string("v2"), "name": .string("co"), "version": .string("0.1.0"),
        "dependencies": .list([.map(["name": .string("dep"), "version": .string("0.1.0")])]),
      ]))
    try md.validate()
    if var d = md.dependencies[0] {
      d.enabled = true
      md.dependencies[0] = d
    }
    let object = md.templateObject(isRoot: true)
    #expect(
      GoFormatter.formatV(object)
        == "map[APIVersion:v2 Annotations:map[] AppVersion: Condition: Dependencies:[map[Alias: Condition: Enabled:true ImportValues:[] Name:dep Repository: Tags:[] Version:0.1.0]] Deprecated:false Description: Home: Icon: IsRoot:true Keywords:[] KubeVersion: Maintainers:[] Name:co Sources:[] Tags: Type: Version:0.1.0]"
    )
    #expect(object.mapValue?["Annotations"]?.goTypeName == "map[string]string")
  }
}
