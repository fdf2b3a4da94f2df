import GoLib
import Testing
import Values

@testable import YAML

struct ManifestReaderTests {
  static let stream = """
    # Source: chart/templates/a.yaml
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: cm
    data:
      key: "value"
      on: yes
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
      labels: &l
        app: x
    spec:
      replicas: 3
      template:
        metadata:
          labels: *l
        spec:
          containers:
          - name: c
            image: nginx:1.25
            ports:
            - containerPort: 80
    ---
    # only a comment
    ...

    """

  @Test func documentsKindsAndNames() throws {
    let docs = try ManifestReader.read(Self.stream)
    #expect(docs.count == 3)
    #expect(docs[0].kind == "ConfigMap")
    #expect(docs[0].name == "cm")
    #expect(docs[1].apiVersion == "apps/v1")
    #expect(docs[1].kind == "Deployment")
    #expect(docs[2].root == nil)
    #expect(docs[0].startLine == 2)
    #expect(docs[1].startLine == 10)
  }

  @Test func valuesFollowHelmDecoding() throws {
    let docs = try ManifestReader.read(Self.stream)
    let v = try docs[0].value()
    // YAML 1.1: `on` as a key is the boolean true, `yes` the value true.
    #expect(v.mapValue?["data"]?.mapValue?["true"].map { valuesEqual($0, .bool(true)) } == true)
    let d = try docs[1].value()
    let replicas = d.mapValue?["spec"]?.mapValue?["replicas"]
    #expect(replicas.map { valuesEqual($0, .float(3)) } == true)
    // The alias carries the anchored map.
    let labels = d.mapValue?["spec"]?.mapValue?["template"]?.mapValue?["metadata"]?.mapValue?["labels"]
    #expect(labels?.mapValue?["app"]?.stringValue == "x")
  }

  @Test func pointerLookupKeepsPositions() throws {
    let docs = try ManifestReader.read(Self.stream)
    let image = docs[1].node(atPointer: "/spec/template/spec/containers/0/image")
    #expect(image?.value == "nginx:1.25")
    #expect(image?.mark == Mark(line: 24, column: 16))
    let port = docs[1].node(atPointer: "/spec/template/spec/containers/0/ports/0/containerPort")
    #expect(port?.mark.line == 26)
    #expect(docs[1].node(atPointer: "/spec/missing") == nil)
    #expect(docs[1].nearestNode(toPointer: "/spec/missing/x")?.mark.line == 17)
    let viaAlias = docs[1].node(atPointer: "/spec/template/metadata/labels/app")
    #expect(viaAlias?.mark.line == 15)
    let boolKey = docs[0].node(atPointer: "/data/true")
    #expect(boolKey?.value == "yes")
  }

  @Test func headFieldsAreStringified() throws {
    let doc = try ManifestReader.readDocument(
      "apiVersion: v1\nkind: Job\nmetadata:\n  name: 123\n  annotations:\n    helm.sh/hook-weight: 5\n    helm.sh/hook: pre-install\n    flag: on\n"
    )
    #expect(doc.name == "123")
    #expect(doc.annotations == ["helm.sh/hook-weight": "5", "helm.sh/hook": "pre-install", "flag": "true"])
  }

  @Test func marksShiftWithFirstLine() throws {
    let doc = try ManifestReader.readDocument("kind: A\nspec:\n  x: 1\n", firstLine: 10)
    #expect(doc.startLine == 10)
    #expect(doc.node(atPointer: "/spec/x")?.mark == Mark(line: 12, column: 6))
  }

  @Test func syntaxErrorsUseGoYAMLWording() {
    #expect(throws: YAMLError("yaml: line 3: mapping values are not allowed in this context", line: 3)) {
      try ManifestReader.read("a: 1\n---\nb: c: d\n")
    }
    #expect(throws: YAMLError("yaml: mapping values are not allowed in this context")) {
      try ManifestReader.readDocument("b: c: d\n")
    }
  }

  @Test func documentValueErrors() throws {
    let doc = try ManifestReader.readDocument("a: .nan\n")
    #expect(throws: YAMLError("error converting YAML to JSON: json: unsupported value: NaN")) {
      try doc.value()
    }
    let text = try ManifestReader.readDocument("hello\n")
    #expect(try text.value().stringValue == "hello")
  }

  /// Decoding only some root keys gives exactly those entries of the whole value, through
  /// anchors defined elsewhere and merge keys.
  @Test func keptRootKeysDecodeAsTheWholeDocumentDoes() throws {
    let text = """
      base: &b {labels: {app: x}}
      apiVersion: v1
      kind: ConfigMap
      <<: {metadata: {name: merged}}
      data: &d {k: "1", num: 2}
      other: *d
      """
    let document = try #require(try ManifestReader.read(text).first)
    let whole = try document.value()
    let kept = try document.value(keepingRootKeys: ["apiVersion", "kind", "metadata", "other"])
    guard case .map(let all) = whole, case .map(let part) = kept else {
      Issue.record("not maps")
      return
    }
    #expect(Set(part.sortedKeys) == ["apiVersion", "kind", "metadata", "other"])
    for key in part.sortedKeys { #expect(valuesEqual(part[key]!, all[key]!), "\(key)") }
    #expect(valuesEqual(part["metadata"]!, .map(GoMap(["name": .string("merged")]))))
    let other = try GoJSON.encode(part["other"]!)
    #expect(other == #"{"k":"1","num":2}"#, "\(other)")
  }
}
