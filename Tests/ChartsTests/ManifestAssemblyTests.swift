import Foundation
import Testing
import Values

@testable import Charts

/// Output assembly on the edge-case chart Data/charts/assembly, against helm-oracle's
/// stream (`expected.yaml`), Helm's release manifest (`release.yaml`) and the engine
/// output it started from (`expected.json`); flag behaviour per the spec (§4).
@Suite struct ManifestAssemblyTests {
  static func engineOutput() throws -> [String: String] {
    let data = try Data(contentsOf: testDataURL.appendingPathComponent("assembly-cases/expected.json"))
    return try JSONSerialization.jsonObject(with: data) as? [String: String] ?? [:]
  }

  static func text(_ name: String) throws -> String {
    try String(contentsOf: testDataURL.appendingPathComponent("assembly-cases/" + name), encoding: .utf8)
  }

  static func assemble(_ options: ManifestOutputOptions, exists: @escaping (String) -> Bool = { _ in false })
    throws -> ManifestOutput
  {
    try ManifestAssembler.assemble(
      files: try engineOutput(), options: options, decode: helmDocumentDecoder, fileExists: exists)
  }

  @Test func streamMatchesHelm() throws {
    #expect(try Self.assemble(ManifestOutputOptions()).stdout == Self.text("expected.yaml"))
  }

  @Test func releaseManifestMatchesHelm() throws {
    let sorted = try ManifestSorter.sort(files: try Self.engineOutput(), decode: helmDocumentDecoder)
    #expect(
      ManifestAssembler.releaseManifest(sorted, options: ManifestOutputOptions())
        == (try Self.text("release.yaml")))
    #expect(sorted.skippedHookNotices == ["skipping unknown hooks hookTypes=pre-install,nope"])
    #expect(sorted.hooks.map(\.name) == ["h2", "t2", "t1", "h1"])
    #expect(sorted.hooks.map(\.weight) == [-5, 0, 0, 0])
    #expect(sorted.hooks.last?.events == [.preInstall, .postUpgrade])
  }

  @Test func hookFlags() throws {
    var o = ManifestOutputOptions()
    o.noHooks = true
    let noHooks = try Self.assemble(o).stdout
    #expect(!noHooks.contains("helm.sh/hook"))
    #expect(noHooks.hasSuffix("kind: Zebra\n"))
    o.noHooks = false
    o.skipTests = true
    let skipTests = try Self.assemble(o).stdout
    #expect(skipTests.contains("name: h1"))
    #expect(!skipTests.contains("name: t1"))
    #expect(!skipTests.contains("name: t2"))
  }

  @Test func includeCRDsComeFirstUnsplit() throws {
    var o = ManifestOutputOptions()
    o.includeCRDs = true
    o.crds = [
      ChartCRDFile(filename: "assembly/crds/a.yaml", content: "kind: CustomResourceDefinition\n---\nx: 1\n")
    ]
    let out = try Self.assemble(o).stdout
    #expect(
      out.hasPrefix(
        "---\n# Source: assembly/crds/a.yaml\nkind: CustomResourceDefinition\n---\nx: 1\n\n---\n# Source: assembly/charts/child/templates/ns.yaml\n"
      ))
  }

  @Test func showOnly() throws {
    var o = ManifestOutputOptions()
    o.showOnly = ["templates/sub/*", "charts/child/templates/ns.yaml"]
    let out = try Self.assemble(o).stdout
    #expect(
      out == """
        ---
        # Source: assembly/templates/sub/z.yaml
        kind: Service
        metadata:
          name: s0
        ---
        # Source: assembly/templates/sub/z.yaml
        kind: Deployment
        metadata:
          name: d0
        ---
        # Source: assembly/charts/child/templates/ns.yaml
        kind: Namespace
        metadata:
          name: ns

        """)
    o.showOnly = ["templates/hooks.yaml"]
    let hooks = try Self.assemble(o).stdout
    // The last document of the stream keeps its trailing newline, plus the frame's.
    #expect(hooks.hasSuffix("helm.sh/hook: \" Pre-Install , post-upgrade\"\n"))
    o.showOnly = ["templates/nope.yaml"]
    #expect(throws: ManifestError("could not find template templates/nope.yaml in chart")) {
      _ = try Self.assemble(o)
    }
    o.showOnly = ["templates/[.yaml"]
    #expect(throws: ManifestError("could not find template templates/[.yaml in chart")) {
      _ = try Self.assemble(o)
    }
  }

  @Test func outputDir() throws {
    var o = ManifestOutputOptions()
    o.outputDir = "out"
    o.includeCRDs = true
    o.crds = [ChartCRDFile(filename: "assembly/crds/a.yaml", content: "kind: CustomResourceDefinition\n")]
    o.useReleaseName = true
    o.releaseName = "rel"
    let result = try Self.assemble(o, exists: { $0 == "out/rel/assembly/templates/hooks.yaml" })
    #expect(result.stdout.hasSuffix("wrote out/rel/assembly/templates/hooks.yaml\n\n"))
    #expect(
      result.writes.first
        == ManifestFileWrite(
          path: "out/assembly/crds/a.yaml",
          content: "---\n# Source: assembly/crds/a.yaml\nkind: CustomResourceDefinition\n\n", append: false))
    let aWrites = result.writes.filter { $0.path == "out/rel/assembly/templates/a.yaml" }
    #expect(aWrites.map(\.append) == [false, true, true, true])
    let hookWrites = result.writes.filter { $0.path == "out/rel/assembly/charts/child/templates/test.yaml" }
    #expect(hookWrites.map(\.append) == [false])
    #expect(result.stdout.split(separator: "\n").count == result.writes.count)
    o.showOnly = ["templates/a.yaml"]
    #expect(throws: ManifestError("could not find template templates/a.yaml in chart")) {
      _ = try Self.assemble(o)
    }
  }

  @Test func yamlErrorsNameTheFile() throws {
    #expect(
      throws: ManifestError(
        "YAML parse error on c/templates/x.txt: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type util.SimpleHead"
      )
    ) {
      _ = try ManifestSorter.sort(files: ["c/templates/x.txt": "hello"], decode: helmDocumentDecoder)
    }
  }

  /// helm-oracle: `a: b: c` in hc/templates/x.yaml.
  @Test func yamlSyntaxErrors() throws {
    #expect(
      throws: ManifestError(
        "YAML parse error on hc/templates/x.yaml: error converting YAML to JSON: yaml: mapping values are not allowed in this context"
      )
    ) {
      _ = try ManifestSorter.sort(files: ["hc/templates/x.yaml": "a: b: c\n"], decode: helmDocumentDecoder)
    }
  }

  @Test func headErrorsAsHelmWordsThem() throws {
    let prefix = "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal "
    let cases: [(Value, String)] = [
      (.float(5), "number into Go value of type util.SimpleHead"),
      (.list([]), "array into Go value of type util.SimpleHead"),
      (.map(["kind": .map([:])]), "object into Go struct field SimpleHead.kind of type string"),
      (.map(["kind": .list([])]), "array into Go struct field SimpleHead.kind of type string"),
      (
        .map(["metadata": .string("x")]),
        #"string into Go struct field SimpleHead.metadata of type struct { Name string "json:\"name\""; Annotations map[string]string "json:\"annotations\"" }"#
      ),
      (
        .map(["metadata": .map(["annotations": .string("x")])]),
        "string into Go struct field .metadata.annotations of type map[string]string"
      ),
      (
        .map(["metadata": .map(["annotations": .map(["a": .map([:])])])]),
        "object into Go struct field .metadata.annotations of type string"
      ),
      (
        .map(["metadata": .map(["name": .list([.float(1)])])]),
        "array into Go struct field .metadata.name of type string"
      ),
    ]
    for (doc, message) in cases {
      #expect(throws: ManifestHeadError(prefix + message)) { _ = try ManifestHead.from(doc) }
    }
    let head = try ManifestHead.from(
      .map([
        "kind": .int(5), "apiVersion": .float(1.5),
        "metadata": .map(["annotations": .map(["w": .bool(true)])]),
      ]))
    #expect(head == ManifestHead(apiVersion: "1.5", kind: "5", name: "", annotations: ["w": "true"]))
  }

  @Test(arguments: [
    ("---foo: 1", ["foo: 1"]),
    ("--- # c\na: 1", ["# c\na: 1"]),
    ("\n\n---\n---\n", ["---\n"]),
    ("a: 1\n  ---\nb: 2", ["a: 1\n  ---\nb: 2"]),
    ("a: 1  \n\n---\nb: 2\n\n", ["a: 1", "b: 2\n\n"]),
    ("a\n----", ["a", "-"]),
    ("a\n---b\n---\n\n", ["a", "b"]),
    ("   \n\t", []),
    ("a\r\n---\r\nb", ["a", "b"]),
    ("a\u{0B}\n---\nb", ["a\u{0B}", "b"]),
    // pieces are cut out of the text at scalar boundaries, their bytes as they were
    ("\u{A0}a: é\n---\n\u{2003}b: 名前", ["a: é", "b: 名前"]),
    ("é\n---\n\u{85}ü\n", ["é", "ü\n"]),
    ("a: e\u{301}\n---\n\u{3000}\u{A0} b: \u{1F600}", ["a: e\u{301}", "b: \u{1F600}"]),
  ])
  func splitting(_ input: String, _ want: [String]) {
    // compared byte for byte: `==` would take `é` for `e\u{301}`
    #expect(ManifestSplitter.split(input).map { Array($0.utf8) } == want.map { Array($0.utf8) })
  }
}
