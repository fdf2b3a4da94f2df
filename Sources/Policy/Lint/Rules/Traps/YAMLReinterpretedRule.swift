import Checking
import Foundation
import Validation
import Values
import YAML

/// `yaml-reinterpreted`: an unquoted rendered scalar that YAML 1.1 reads as a bool, number
/// or null where the object's schema wants a string (`yes`, `on`, `0777`, `1e3`), or an
/// unquoted key that YAML does not keep as written.
public struct YAMLReinterpretedRule: LintRule {
  /// The schemas that say where a string is wanted (nil: keys only).
  let registry: SchemaRegistry?

  /// The bundled schemas, found as `chartc validate` finds them.
  public static let bundledRegistry: SchemaRegistry? = SchemaRegistry.locateBundledDirectory().map {
    SchemaRegistry(directory: $0)
  }

  public init(registry: SchemaRegistry? = YAMLReinterpretedRule.bundledRegistry) {
    self.registry = registry
  }

  public let id = "yaml-reinterpreted"
  public let severity = Severity.error
  public let rationale =
    "YAML 1.1 turns unquoted yes/no/on/off into booleans and 0777 or 1e3 into numbers, so a string field gets another value or type than the one written."
  public let fix = "Quote the value in the template (`{{ .Values.x | quote }}`) or in values."

  public func check(_ release: RenderedRelease) -> [Finding] {
    let schemas = registry.map { registryWithCRDs(of: release, base: $0) }
    var out: [Finding] = []
    for object in release.objects where object.readError == nil {
      var candidates: [(DocumentNodes.Scalar, Value)] = []
      for scalar in DocumentNodes.scalars(of: object.document.root) {
        let node = scalar.node
        guard node.style == .plain, node.plainImplicit,
          node.tag == nil || node.tag?.hasPrefix("tag:yaml.org") == true
        else { continue }
        if scalar.isKey {
          if let keyFinding = reinterpretedKey(scalar, in: object) { out.append(keyFinding) }
          continue
        }
        guard let decoded = object.value.field(pointer: scalar.pointer) else { continue }
        switch decoded {
        case .string: continue
        case .bool, .float, .int, .int64, .null: candidates.append((scalar, decoded))
        default: continue
        }
      }
      guard !candidates.isEmpty, let schemas,
        case .schema(let schema)? = try? schemas.lookup(
          apiVersion: object.apiVersion, kind: object.kind, kubeVersion: release.kubeVersion, strict: false)
      else { continue }
      let wantsString = Set(
        Self.flatten(schema.validate(object.value)).filter(Self.wantsString).map(\.instancePath))
      for (scalar, decoded) in candidates where wantsString.contains(scalar.pointer) {
        out.append(
          finding(
            "unquoted \(scalar.node.value) is read as \(Self.describe(decoded)) where a string is expected",
            on: object, at: scalar.pointer))
      }
    }
    return out
  }

  private func reinterpretedKey(_ scalar: DocumentNodes.Scalar, in object: RenderedObject) -> Finding? {
    let text = scalar.node.value
    guard let slash = scalar.pointer.lastIndex(of: "/") else { return nil }
    let parentPointer = String(scalar.pointer[..<slash])
    guard let parent = object.value.field(pointer: parentPointer)?.mapValue, parent[text] == nil else {
      return nil
    }
    // the key the decoder made of it: the one decoded key no written key accounts for
    let written = Set(object.document.node(atPointer: parentPointer)?.resolved.pairs.map(\.key.value) ?? [])
    let made = parent.sortedKeys.filter { !written.contains($0) }
    let pointer = made.count == 1 ? Pointer.join(parentPointer, made[0]) : parentPointer
    let becomes = made.count == 1 ? "\"\(made[0])\"" : "another string"
    return finding(
      "unquoted key \(text) is not kept as written: YAML 1.1 reads it as a bool, number or null and the key becomes \(becomes)",
      on: object, at: pointer)
  }

  private func registryWithCRDs(of release: RenderedRelease, base: SchemaRegistry) -> SchemaRegistry {
    let rendered = release.objects.filter { $0.kind == "CustomResourceDefinition" }
    guard !release.crdFiles.isEmpty || !rendered.isEmpty else { return base }
    let registry = SchemaRegistry(directory: base.directory, schemaLocations: base.schemaLocations)
    for crd in release.crdFiles {
      for m in LocatedManifest.read(ManifestInput(name: crd.name, text: crd.text)) where m.readError == nil {
        registry.addCRD(m.resource.object)
      }
    }
    for object in rendered { registry.addCRD(object.value) }
    return registry
  }

  static func flatten(_ errors: [SchemaValidationError]) -> [SchemaValidationError] {
    errors.flatMap { [$0] + flatten($0.causes) }
  }

  /// A `type` error whose wanted types include `string`.
  static func wantsString(_ e: SchemaValidationError) -> Bool {
    guard e.keyword == "type", let want = e.message.range(of: "want ") else { return false }
    return e.message[want.upperBound...].contains("string")
  }

  static func describe(_ v: Value) -> String {
    switch v {
    case .bool(let b): return "the boolean \(b)"
    case .null: return "null"
    default: return "the number \(v.text ?? "")"
    }
  }
}
