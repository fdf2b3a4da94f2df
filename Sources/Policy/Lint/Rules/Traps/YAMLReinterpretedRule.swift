import Checking
import Foundation
import Synchronization
import Validation
import Values
import YAML

/// `yaml-reinterpreted`: an unquoted rendered scalar that YAML 1.1 reads as a bool, number
/// or null where the object's schema wants a string (`yes`, `on`, `0777`, `1e3`), or an
/// unquoted key that YAML does not keep as written.
public struct YAMLReinterpretedRule: LintRule {
  /// The schemas that say where a string is wanted (nil: keys only); the linter hands
  /// over the registry its caller built.
  let registry: SchemaRegistry?

  public init(registry: SchemaRegistry?) {
    self.registry = registry
  }

  /// What the shared registry's schemas answered, by kind, field shape and value type.
  let memo = SchemaAnswers()

  public let id = "yaml-reinterpreted"
  public let severity = Severity.error
  public let rationale =
    "YAML 1.1 turns unquoted yes/no/on/off into booleans and 0777 or 1e3 into numbers, so a string field gets another value or type than the one written."
  public let fix = "Quote the value in the template (`{{ .Values.x | quote }}`) or in values."

  public func check(_ release: RenderedRelease) -> [Finding] {
    let schemas = registry.map { registryWithCRDs(of: release, base: $0) }
    var out: [Finding] = []
    for object in release.objects where object.readError == nil {
      var candidates: [Candidate] = []
      var tokens: [String] = []
      if let root = object.document.root {
        collect(root, object.value, &tokens, depth: 0, into: &candidates, keyFindings: &out, object: object)
      }
      guard !candidates.isEmpty, let schemas else { continue }
      // the schema's answer per field shape (list indices as `*`) and value type, remembered
      // across objects while the shared registry is used (a chart's CRDs make a new one)
      let scope = "\(object.apiVersion)|\(object.kind)|\(release.kubeVersion)|"
      let keys = candidates.map { scope + Self.shape($0.pointer) + "|" + Self.typeName($0.value) }
      let memo = schemas === registry ? self.memo : nil
      var answers = memo.map { m in keys.map { m.answer($0) } } ?? keys.map { _ in nil }
      if answers.contains(where: { $0 == nil }) {
        guard
          case .schema(let schema)? = try? schemas.lookup(
            apiVersion: object.apiVersion, kind: object.kind, kubeVersion: release.kubeVersion, strict: false)
        else { continue }
        let wantsString = Set(
          Self.flatten(schema.validate(object.value)).filter(Self.wantsString).map(\.instancePath))
        answers = candidates.map { wantsString.contains($0.pointer) }
        if let memo { for (key, answer) in zip(keys, answers) { memo.record(key, answer!) } }
      }
      for (candidate, answer) in zip(candidates, answers) where answer == true {
        out.append(
          finding(
            "unquoted \(candidate.text) is read as \(Self.describe(candidate.value)) where a string is expected",
            on: object, at: candidate.pointer))
      }
    }
    return out
  }

  /// A plain scalar that decoded to a bool, number or null.
  struct Candidate {
    let text: String
    let value: Value
    let pointer: String
  }

  /// Walks the nodes and the decoded value together: plain values that are not strings
  /// become candidates; plain keys that are not kept as written are reported at once.
  private func collect(
    _ node: YAMLNode, _ value: Value?, _ tokens: inout [String], depth: Int,
    into candidates: inout [Candidate],
    keyFindings: inout [Finding], object: RenderedObject
  ) {
    guard depth < 200 else { return }
    func pointer() -> String { tokens.reduce("") { $0 + "/" + Pointer.escape($1) } }
    switch node.kind {
    case .scalar:
      guard node.style == .plain, node.plainImplicit,
        node.tag == nil || node.tag?.hasPrefix("tag:yaml.org") == true,
        let value
      else { return }
      switch value {
      case .bool, .float, .int, .int64, .null:
        candidates.append(Candidate(text: node.value, value: value, pointer: pointer()))
      default:
        return
      }
    case .sequence:
      let items = value?.sliceItems
      for (i, child) in node.children.enumerated() {
        tokens.append(String(i))
        collect(
          child, items.flatMap { i < $0.count ? $0[i] : nil }, &tokens, depth: depth + 1, into: &candidates,
          keyFindings: &keyFindings, object: object)
        tokens.removeLast()
      }
    case .mapping:
      let map = value?.mapValue
      let pairs = node.pairs
      for (key, child) in pairs where key.kind == .scalar {
        if key.value == "<<" && key.style == .plain { continue }
        let childValue = map?[key.value]
        if let map, childValue == nil, key.style == .plain, key.plainImplicit {
          // the key the decoder made of it: the one decoded key no written key accounts for
          let written = Set(pairs.map(\.key.value))
          let made = map.sortedKeys.filter { !written.contains($0) }
          let parent = pointer()
          keyFindings.append(
            finding(
              "unquoted key \(key.value) is not kept as written: YAML 1.1 reads it as a bool, number or null and the key becomes \(made.count == 1 ? "\"\(made[0])\"" : "another string")",
              on: object, at: made.count == 1 ? Pointer.join(parent, made[0]) : parent))
        }
        tokens.append(key.value)
        collect(
          child, childValue, &tokens, depth: depth + 1, into: &candidates, keyFindings: &keyFindings,
          object: object)
        tokens.removeLast()
      }
    case .alias:
      return
    }
  }

  private func registryWithCRDs(of release: RenderedRelease, base: SchemaRegistry) -> SchemaRegistry {
    let rendered = release.objects.filter { $0.kind == "CustomResourceDefinition" }
    guard !release.crdFiles.isEmpty || !rendered.isEmpty else { return base }
    let registry = SchemaRegistry(path: base.path, schemaLocationPaths: base.schemaLocationPaths)
    for crd in release.crdFiles {
      for m in LocatedManifest.read(ManifestInput(name: crd.name, text: crd.text)) where m.readError == nil {
        registry.addCRD(m.resource.object)
      }
    }
    for object in rendered { registry.addCRD(object.value) }
    return registry
  }

  /// A pointer with its list indices as `*` (`/spec/containers/*/env/*/value`).
  static func shape(_ pointer: String) -> String {
    pointer.split(separator: "/", omittingEmptySubsequences: false)
      .map { $0.allSatisfy(\.isNumber) && !$0.isEmpty ? "*" : String($0) }.joined(separator: "/")
  }

  static func typeName(_ v: Value) -> String {
    switch v {
    case .bool: return "bool"
    case .null: return "null"
    default: return "number"
    }
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

/// Remembered schema answers (does the field want a string?), shared by concurrent checks.
final class SchemaAnswers: Sendable {
  private let answers = Mutex<[String: Bool]>([:])

  func answer(_ key: String) -> Bool? { answers.withLock { $0[key] } }
  func record(_ key: String, _ wantsString: Bool) { answers.withLock { $0[key] = wantsString } }
}
