import Foundation
import Testing
import Values

@testable import Validation

/// Broken manifests are caught with the right path, keyword and message.
@Suite struct BrokenManifestTests {
  static let registry = SchemaRegistry(
    directory: SchemaRegistry.locateBundledDirectory() ?? URL(fileURLWithPath: "schemas"))

  static let deployment = """
    {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "prod"},
     "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "web"}},
      "template": {"metadata": {"labels": {"app": "web"}},
       "spec": {"containers": [{"name": "web", "image": "nginx", "ports": [{"containerPort": 80}]}]}}}}
    """

  static let serviceMonitor = """
    {"apiVersion": "monitoring.coreos.com/v1", "kind": "ServiceMonitor", "metadata": {"name": "web"},
     "spec": {"selector": {"matchLabels": {"app": "web"}}, "endpoints": [{"port": "http", "scheme": "http"}]}}
    """

  static func object(_ text: String, _ edit: (GoMap) -> Void = { _ in }) -> Value {
    let v = TestSupport.json(text)
    if let m = v.mapValue { edit(m) }
    return v
  }

  static func validate(_ object: Value, strict: Bool = false, kubeVersion: String = "1.36.0")
    -> ManifestResult
  {
    ManifestValidator(
      registry: registry, options: ManifestValidationOptions(kubeVersion: kubeVersion, strict: strict)
    )
    .validate(ManifestResource(source: "t.yaml", documentIndex: 0, object: object))
  }

  static func spec(_ m: GoMap) -> GoMap { m["spec"]!.mapValue! }
  static func container(_ m: GoMap) -> GoMap {
    spec(spec(m)["template"]!.mapValue!)["containers"]!.sliceItems![0].mapValue!
  }

  @Test func validDeploymentAndServiceMonitor() {
    #expect(Self.validate(Self.object(Self.deployment)).status == .valid)
    #expect(Self.validate(Self.object(Self.deployment), strict: true).status == .valid)
    #expect(Self.validate(Self.object(Self.serviceMonitor), strict: true).status == .valid)
    for v in ["1.31.0", "v1.33.4-gke.1", "1.35", "1.36.0", "1.37.2"] {
      #expect(Self.validate(Self.object(Self.deployment), kubeVersion: v).status == .valid)
    }
  }

  @Test func misspelledFieldIsRefusedInStrictMode() {
    let o = Self.object(Self.deployment) { Self.spec($0).storage["replica"] = .int(2) }
    #expect(Self.validate(o).status == .valid)
    let r = Self.validate(o, strict: true)
    #expect(r.status == .invalid)
    #expect(
      r.errors == [
        ManifestError(
          path: "/spec", keyword: "additionalProperties",
          message: "additional properties 'replica' not allowed")
      ])
    #expect(r.resourceName == "Deployment/prod/web")
  }

  @Test func wrongType() {
    let o = Self.object(Self.deployment) { Self.spec($0).storage["replicas"] = .string("3") }
    let r = Self.validate(o)
    #expect(
      r.errors == [
        ManifestError(path: "/spec/replicas", keyword: "type", message: "got string, want null or integer")
      ])
  }

  @Test func wrongTypeDeepInAList() {
    let o = Self.object(Self.deployment) {
      Self.container($0).storage["ports"] = .list([.map(["containerPort": .string("http")])])
    }
    let r = Self.validate(o)
    #expect(r.errors.map(\.path) == ["/spec/template/spec/containers/0/ports/0/containerPort"])
  }

  @Test func missingRequiredField() {
    let o = Self.object(Self.deployment) { Self.container($0).storage["name"] = nil }
    let r = Self.validate(o)
    #expect(
      r.errors == [
        ManifestError(
          path: "/spec/template/spec/containers/0", keyword: "required", message: "missing property 'name'")
      ])
  }

  @Test func intOrStringRefusesFloat() {
    let o = Self.object(Self.deployment) {
      Self.spec($0).storage["strategy"] = .map(["rollingUpdate": .map(["maxSurge": .float(1.5)])])
    }
    let r = Self.validate(o)
    #expect(r.status == .invalid)
    #expect(r.errors.first?.path == "/spec/strategy/rollingUpdate/maxSurge")
    #expect(r.errors.first?.keyword == "oneOf")
  }

  @Test func wrongAPIVersionHasNoSchema() {
    let o = Self.object(Self.deployment) { $0.storage["apiVersion"] = .string("apps/v1beta1") }
    let r = Self.validate(o)
    #expect(r.status == .error)
    #expect(
      r.errors.first?.message == "could not find schema for Deployment (apps/v1beta1) in Kubernetes 1.36.0")
    let skipped = ManifestValidator(
      registry: Self.registry, options: ManifestValidationOptions(ignoreMissingSchemas: true)
    ).validate(ManifestResource(source: "t.yaml", documentIndex: 0, object: o))
    #expect(skipped.status == .skipped)
  }

  /// Every bundled version's kinds compile into one shared node table without indexing, which
  /// holds only while the bundled schemas carry no identifier, anchor or dialect keyword.
  @Test func bundledSchemasNeedNoIndexing() throws {
    #expect(!Self.registry.kubernetesVersions.isEmpty)
    for version in Self.registry.kubernetesVersions {
      #expect(try Self.registry.bundledKindsAreUniform(version: version), "v\(version)")
    }
  }

  /// Lookups compile the bundled kinds lazily, as objects reach their nodes, where a compile
  /// error could not be reported: every kind and definition of every version must compile.
  @Test func bundledKindsCompileWhole() throws {
    for version in Self.registry.kubernetesVersions {
      for strict in [false, true] {
        try Self.registry.compileBundledKinds(version: version, strict: strict)
      }
    }
  }

  @Test func unsupportedKubernetesVersion() {
    #expect(Self.validate(Self.object(Self.deployment), kubeVersion: "1.99.0").status == .error)
    #expect(Self.registry.resolveVersion("v1.36.0") == "1.36")
    #expect(Self.registry.resolveVersion("1.30.0") == nil)
  }

  @Test func badEnumValueInCRD() {
    let o = Self.object(Self.serviceMonitor) {
      Self.spec($0)["endpoints"]!.sliceItems![0].mapValue!.storage["scheme"] = .string("ftp")
    }
    let r = Self.validate(o)
    #expect(
      r.errors == [
        ManifestError(
          path: "/spec/endpoints/0/scheme", keyword: "enum",
          message: "value must be one of 'http', 'https', 'HTTP', 'HTTPS'")
      ])
  }

  @Test func badFieldInCRD() {
    let o = Self.object(Self.serviceMonitor) {
      Self.spec($0)["endpoints"]!.sliceItems![0].mapValue!.storage["portt"] = .string("x")
    }
    #expect(Self.validate(o).status == .valid)
    let r = Self.validate(o, strict: true)
    #expect(
      r.errors == [
        ManifestError(
          path: "/spec/endpoints/0", keyword: "additionalProperties",
          message: "additional properties 'portt' not allowed")
      ])
    let missing = Self.object(Self.serviceMonitor) { Self.spec($0).storage["selector"] = nil }
    #expect(Self.validate(missing).errors.map(\.message) == ["missing property 'selector'"])
  }

  @Test func crdAddedAtRunTime() {
    let registry = SchemaRegistry(directory: Self.registry.directory)
    let crd = TestSupport.json(
      """
      {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
       "spec": {"group": "example.com", "names": {"kind": "Widget"},
        "versions": [{"name": "v1", "schema": {"openAPIV3Schema": {"type": "object", "properties": {
          "spec": {"type": "object", "properties": {"size": {"type": "integer"},
            "port": {"x-kubernetes-int-or-string": true}, "extra": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}}}}}]}}
      """)
    registry.addCRD(crd)
    let validator = ManifestValidator(registry: registry, options: ManifestValidationOptions(strict: true))
    func check(_ spec: String) -> ManifestResult {
      validator.validate(
        ManifestResource(
          source: "w.yaml", documentIndex: 0,
          object: TestSupport.json(#"{"apiVersion": "example.com/v1", "kind": "Widget", "spec": \#(spec)}"#)))
    }
    #expect(check(#"{"size": 3, "port": "http", "extra": {"anything": 1}}"#).status == .valid)
    #expect(check(#"{"port": 8080}"#).status == .valid)
    #expect(check(#"{"port": true}"#).errors.map(\.message) == ["got boolean, want integer or string"])
    #expect(check(#"{"size": "3"}"#).errors.map(\.path) == ["/spec/size"])
    #expect(check(#"{"sise": 3}"#).errors.map(\.message) == ["additional properties 'sise' not allowed"])
  }

  /// A CRD that constrains its root `metadata` (as InnoDBCluster limits `name`) still takes
  /// every ObjectMeta field in strict mode, with ObjectMeta's types, and keeps its own limit.
  @Test func crdRootMetadataIsObjectMeta() {
    let registry = SchemaRegistry(directory: Self.registry.directory)
    let crd = TestSupport.json(
      """
      {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
       "spec": {"group": "example.com", "names": {"kind": "Gadget"},
        "versions": [{"name": "v1", "schema": {"openAPIV3Schema": {"type": "object", "properties": {
          "metadata": {"type": "object", "properties": {"name": {"type": "string", "maxLength": 8}}},
          "spec": {"type": "object", "properties": {"size": {"type": "integer"}}}}}}}]}}
      """)
    registry.addCRD(crd)
    let validator = ManifestValidator(registry: registry, options: ManifestValidationOptions(strict: true))
    func check(_ metadata: String) -> ManifestResult {
      validator.validate(
        ManifestResource(
          source: "g.yaml", documentIndex: 0,
          object: TestSupport.json(
            #"{"apiVersion": "example.com/v1", "kind": "Gadget", "metadata": \#(metadata), "spec": {"size": 1}}"#
          )))
    }
    let full =
      #"{"name": "g", "namespace": "prod", "labels": {"app": "g"}, "annotations": {"a": "b"}, "finalizers": ["x"]}"#
    #expect(check(full).status == .valid)
    #expect(check(#"{"name": "gadget-too-long"}"#).errors.map(\.path) == ["/metadata/name"])
    #expect(check(#"{"name": "g", "labels": {"app": 1}}"#).errors.map(\.path) == ["/metadata/labels/app"])
    #expect(check(#"{"name": "g", "namespace": 3}"#).errors.map(\.path) == ["/metadata/namespace"])
  }

  @Test func emptyAndKindlessDocuments() {
    #expect(Self.validate(.null).status == .empty)
    #expect(Self.validate(TestSupport.json(#"{"apiVersion": "v1"}"#)).status == .error)
  }

  @Test func concurrentValidationKeepsOrder() async {
    let validator = ManifestValidator(registry: Self.registry)
    let good = Self.object(Self.deployment)
    let bad = Self.object(Self.deployment) { Self.spec($0).storage["replicas"] = .string("x") }
    let resources = (0..<40).map {
      ManifestResource(source: "f", documentIndex: $0, object: $0 % 3 == 0 ? bad : good)
    }
    let results = await validator.validate(resources)
    #expect(results.map(\.documentIndex) == Array(0..<40))
    #expect(results.map { $0.status == .invalid } == (0..<40).map { $0 % 3 == 0 })
    #expect(ManifestSummary(results) == ManifestSummary(results))
  }
}

/// `--schema-location` folders with kubeconform's file names.
@Suite struct SchemaLocationTests {
  @Test func extraFolderIsSearchedFirst() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chartc-schemas-\(getpid())")
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("example.com"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try #"{"type": "object", "properties": {"spec": {"$ref": "_defs.json#/$defs/spec"}}}"#.write(
      to: dir.appendingPathComponent("example.com/gadget_v1.json"), atomically: true, encoding: .utf8)
    try #"{"$defs": {"spec": {"type": "object", "required": ["size"]}}}"#.write(
      to: dir.appendingPathComponent("example.com/_defs.json"), atomically: true, encoding: .utf8)
    try #"{"type": "object", "required": ["data"]}"#.write(
      to: dir.appendingPathComponent("configmap-v1.json"), atomically: true, encoding: .utf8)
    let registry = SchemaRegistry(directory: BrokenManifestTests.registry.directory, schemaLocations: [dir])
    let validator = ManifestValidator(registry: registry)
    func check(_ text: String) -> ManifestResult {
      validator.validate(ManifestResource(source: "x", documentIndex: 0, object: TestSupport.json(text)))
    }
    #expect(
      check(#"{"apiVersion": "example.com/v1", "kind": "Gadget", "spec": {"size": 1}}"#).status == .valid)
    #expect(
      check(#"{"apiVersion": "example.com/v1", "kind": "Gadget", "spec": {}}"#).errors.map(\.message) == [
        "missing property 'size'"
      ])
    #expect(
      check(#"{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}}"#).errors.map(\.message)
        == ["missing property 'data'"])
    #expect(check(#"{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "c"}}"#).status == .valid)
  }
}

/// CRDs in the validated stream are used for the custom resources beside them.
@Suite struct CRDsInInputTests {
  @Test func crdInStreamValidatesItsResources() async {
    let registry = SchemaRegistry(directory: BrokenManifestTests.registry.directory)
    let crd = TestSupport.json(
      """
      {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition", "metadata": {"name": "dials.example.org"},
       "spec": {"group": "example.org", "names": {"kind": "Dial", "plural": "dials"}, "scope": "Namespaced",
        "versions": [{"name": "v1", "served": true, "storage": true, "schema": {"openAPIV3Schema": {"type": "object",
          "properties": {"spec": {"type": "object", "properties": {"level": {"type": "integer", "maximum": 11}}}}}}}]}}
      """)
    let dial = TestSupport.json(
      #"{"apiVersion": "example.org/v1", "kind": "Dial", "metadata": {"name": "d"}, "spec": {"level": 12}}"#)
    let resources = [crd, dial].enumerated().map {
      ManifestResource(source: "r.yaml", documentIndex: $0.offset, object: $0.element)
    }
    let results = await ManifestValidator(registry: registry).validate(resources)
    #expect(results.map(\.status) == [.valid, .invalid])
    #expect(results[1].errors.map(\.message) == ["maximum: got 12, want 11"])
    var options = ManifestValidationOptions()
    options.useCRDsFromInput = false
    let fresh = SchemaRegistry(directory: BrokenManifestTests.registry.directory)
    let without = await ManifestValidator(registry: fresh, options: options).validate(resources)
    #expect(without.map(\.status) == [.valid, .error])
  }
}

/// `v1 List` objects are validated item by item, as kubeconform does.
@Suite struct ListTests {
  @Test func listItems() {
    let validator = ManifestValidator(registry: BrokenManifestTests.registry)
    let list = TestSupport.json(
      #"{"apiVersion": "v1", "kind": "List", "items": [{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}}, {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": 5}}]}"#
    )
    let r = validator.validate(ManifestResource(source: "l.yaml", documentIndex: 0, object: list))
    #expect(r.status == .invalid)
    #expect(r.errors.map(\.path) == ["/items/1/metadata/name"])
  }
}
