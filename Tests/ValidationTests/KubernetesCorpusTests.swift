import Foundation
import Testing
import Validation
import Values

/// Compares chartc's Kubernetes validation with kubernetes-validate's verdicts
/// (Data/make-k8s-expectations.py): the committed sample always, the whole corpus when
/// `CHARTC_K8S_CORPUS` names a JSON-lines file made by that script (for the Kubernetes
/// version in `CHARTC_K8S_VERSION`, default 1.36.0).
@Suite struct KubernetesCorpusTests {
  static let registry: SchemaRegistry? = {
    guard let dir = SchemaRegistry.locateBundledDirectory() else { return nil }
    return SchemaRegistry(directory: dir)
  }()

  struct Disagreement: CustomStringConvertible {
    var id: String
    var mode: String
    var expected: String
    var got: String
    var description: String { "\(id) [\(mode)]: kubernetes-validate \(expected), chartc \(got)" }
  }

  static func indexText(_ v: Value?) -> String {
    switch v {
    case .int(let i)?: return String(i)
    case .float(let d)?: return String(Int(d))
    default: return "?"
    }
  }

  /// Compares every line; returns (objects compared, disagreements).
  static func compare(lines: [Substring], registry: SchemaRegistry, kubeVersion: String) -> (
    Int, [Disagreement]
  ) {
    var compared = 0
    var out: [Disagreement] = []
    for line in lines where !line.isEmpty {
      guard let entry = try? SchemaJSON.parse(String(line)).mapValue, let object = entry["object"] else {
        continue
      }
      let id = "\(entry["source"]?.stringValue ?? "?")#\(Self.indexText(entry["index"]))"
      for (mode, strict) in [("standard", false), ("strict", true)] {
        guard let verdict = entry[mode]?.mapValue else { continue }
        if case .bool(true)? = verdict["notfound"] { continue }
        compared += 1
        let validator = ManifestValidator(
          registry: registry, options: ManifestValidationOptions(kubeVersion: kubeVersion, strict: strict))
        let result = validator.validate(ManifestResource(source: id, documentIndex: 0, object: object))
        let expectedValid =
          verdict["valid"].map { if case .bool(true) = $0 { return true } else { return false } } ?? false
        let isValid = result.status == ManifestResult.Status.valid
        let got = isValid ? "valid" : "\(result.status) \(result.errors.map { "\($0.path): \($0.message)" })"
        if expectedValid != isValid {
          let expected =
            expectedValid
            ? "valid"
            : "invalid at \(verdict["path"]?.stringValue ?? "") \(verdict["message"]?.stringValue ?? "")"
          out.append(Disagreement(id: id, mode: mode, expected: expected, got: got))
        } else if !expectedValid, let path = verdict["path"]?.stringValue,
          !result.errors.contains(where: {
            $0.path == path || path.hasPrefix($0.path + "/") || $0.path.hasPrefix(path + "/")
          })
        {
          out.append(Disagreement(id: id, mode: mode, expected: "invalid at \(path)", got: got))
        }
      }
    }
    return (compared, out)
  }

  @Test func committedSample() throws {
    guard let registry = Self.registry else {
      Issue.record("schemas/ not found")
      return
    }
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Data/k8s-sample.jsonl")
    let text = try String(contentsOf: url, encoding: .utf8)
    let (compared, disagreements) = Self.compare(
      lines: text.split(separator: "\n"), registry: registry, kubeVersion: "1.36.0")
    print("kubernetes-validate sample: \(compared) verdicts, \(disagreements.count) disagreements")
    for d in disagreements { print("  \(d)") }
    #expect(compared > 80)
    #expect(disagreements.isEmpty)
  }

  /// Seeded random breakages (Data/make-k8s-mutations.py) judged by kubernetes-validate.
  @Test func mutations() throws {
    guard let registry = Self.registry else {
      Issue.record("schemas/ not found")
      return
    }
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Data/k8s-mutations.jsonl")
    let text = try String(contentsOf: url, encoding: .utf8)
    let (compared, disagreements) = Self.compare(
      lines: text.split(separator: "\n"), registry: registry, kubeVersion: "1.36.0")
    print("kubernetes-validate mutations: \(compared) verdicts, \(disagreements.count) disagreements")
    for d in disagreements { print("  \(d)") }
    #expect(compared > 500)
    #expect(disagreements.isEmpty)
  }

  @Test func wholeCorpus() throws {
    guard let path = ProcessInfo.processInfo.environment["CHARTC_K8S_CORPUS"], let registry = Self.registry
    else {
      print("whole-corpus comparison skipped (set CHARTC_K8S_CORPUS to a make-k8s-expectations.py output)")
      return
    }
    let version = ProcessInfo.processInfo.environment["CHARTC_K8S_VERSION"] ?? "1.36.0"
    let text = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
    let (compared, disagreements) = Self.compare(
      lines: text.split(separator: "\n"), registry: registry, kubeVersion: version)
    print(
      "kubernetes-validate corpus (Kubernetes \(version)): \(compared) verdicts, \(disagreements.count) disagreements"
    )
    for d in disagreements.prefix(50) { print("  \(d)") }
    #expect(disagreements.isEmpty)
  }
}
