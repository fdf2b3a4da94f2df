import Foundation
import Testing
import Validation
import Values

/// Runs the official JSON-Schema-Test-Suite (required tests of draft7 and draft2020-12)
/// from `../shared/conformance/json-schema-test-suite`, prints pass rates per draft and file,
/// and fails if a test listed in `passing-jsts.txt` (the ratchet) fails.
/// `CHARTC_UPDATE_JSTS=1 swift test --filter JSONSchemaTestSuite` rewrites the list.
@Suite struct JSONSchemaTestSuiteTests {
  struct Outcome {
    var id: String
    var passed: Bool
    var detail: String
  }

  static let drafts: [(folder: String, draft: JSONSchemaDraft)] = [
    ("draft7", .draft7), ("draft2020-12", .draft2020_12),
  ]

  static var ratchetURL: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("passing-jsts.txt")
  }

  /// Remote documents served as `http://localhost:1234/...` by the suite.
  static func remotes(_ suite: URL) -> StaticSchemaDocuments {
    var docs: [String: Value] = [:]
    let root = suite.appendingPathComponent("remotes")
    if let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
      for case let url as URL in e where url.pathExtension == "json" {
        let rel = String(url.path.dropFirst(root.path.count + 1))
        if let v = try? TestSupport.readJSON(url) { docs["http://localhost:1234/" + rel] = v }
      }
    }
    return StaticSchemaDocuments(docs)
  }

  static func run(suite: URL, folder: String, draft: JSONSchemaDraft, loader: StaticSchemaDocuments)
    -> [Outcome]
  {
    let dir = suite.appendingPathComponent("tests").appendingPathComponent(folder)
    var files = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter {
      $0.hasSuffix(".json")
    }
    .sorted()
    if ProcessInfo.processInfo.environment["CHARTC_JSTS_OPTIONAL"] == "1" {
      // informational only: optional tests are never in the ratchet
      let optional = dir.appendingPathComponent("optional")
      let names = (try? FileManager.default.subpathsOfDirectory(atPath: optional.path)) ?? []
      files += names.filter { $0.hasSuffix(".json") }.sorted().map { "optional/" + $0 }
    }
    var outcomes: [Outcome] = []
    for file in files {
      guard let groups = try? TestSupport.readJSON(dir.appendingPathComponent(file)).sliceItems else {
        continue
      }
      for (g, group) in groups.enumerated() {
        guard let gm = group.mapValue, let schemaValue = gm["schema"], let tests = gm["tests"]?.sliceItems
        else { continue }
        let options = SchemaCompileOptions(
          defaultDraft: draft, kubernetesExtensions: false, baseURI: "file:///suite/schema.json")
        let compiled: CompiledSchema?
        var compileError = ""
        do { compiled = try CompiledSchema(schemaValue, options: options, loader: loader) } catch {
          compiled = nil
          compileError = error.description
        }
        for (t, test) in tests.enumerated() {
          guard let tm = test.mapValue, let data = tm["data"], case .bool(let expected)? = tm["valid"] else {
            continue
          }
          let id = "\(folder)/\(file)#\(g).\(t)"
          let desc = "\(gm["description"]?.stringValue ?? "") / \(tm["description"]?.stringValue ?? "")"
          guard let compiled else {
            outcomes.append(Outcome(id: id, passed: false, detail: "\(desc): compile error \(compileError)"))
            continue
          }
          let quick = compiled.isValid(data)
          let errors = compiled.validate(data)
          let passed = quick == expected && errors.isEmpty == expected
          outcomes.append(
            Outcome(
              id: id, passed: passed,
              detail: "\(desc): expected \(expected), isValid \(quick), errors \(errors.map(\.description))"))
        }
      }
    }
    return outcomes
  }

  @Test func officialSuite() throws {
    guard let shared = TestSupport.sharedRoot else {
      print("JSON-Schema-Test-Suite skipped: ../shared is absent")
      return
    }
    let suite = shared.appendingPathComponent("conformance/json-schema-test-suite")
    guard FileManager.default.fileExists(atPath: suite.path) else {
      print("JSON-Schema-Test-Suite skipped: \(suite.path) is absent")
      return
    }
    let loader = Self.remotes(suite)
    var all: [Outcome] = []
    for (folder, draft) in Self.drafts {
      let outcomes = Self.run(suite: suite, folder: folder, draft: draft, loader: loader)
      all += outcomes
      let passed = outcomes.filter(\.passed).count
      print(
        "JSON-Schema-Test-Suite \(folder): \(passed)/\(outcomes.count) = "
          + String(format: "%.2f%%", 100 * Double(passed) / Double(max(1, outcomes.count))))
      var byFile: [String: (Int, Int)] = [:]
      for o in outcomes {
        let file = String(o.id.split(separator: "#")[0])
        byFile[file, default: (0, 0)].1 += 1
        if o.passed { byFile[file, default: (0, 0)].0 += 1 }
      }
      for file in byFile.keys.sorted() {
        let (p, n) = byFile[file]!
        print("  \(file): \(p)/\(n)\(p == n ? "" : "  <-")")
      }
      for o in outcomes where !o.passed { print("  FAIL \(o.id) \(o.detail)") }
    }
    let passing = all.filter(\.passed).map(\.id)
    if ProcessInfo.processInfo.environment["CHARTC_UPDATE_JSTS"] == "1" {
      try (passing.joined(separator: "\n") + "\n").write(
        to: Self.ratchetURL, atomically: true, encoding: .utf8)
      print("wrote \(passing.count) ids to \(Self.ratchetURL.path)")
    }
    let listed = ((try? String(contentsOf: Self.ratchetURL, encoding: .utf8)) ?? "").split(separator: "\n")
      .map(
        String.init)
    let passedSet = Set(passing)
    let regressions = listed.filter { !passedSet.contains($0) }
    #expect(regressions.isEmpty, "tests in passing-jsts.txt now fail: \(regressions)")
    #expect(!listed.isEmpty, "passing-jsts.txt is empty")
  }
}
