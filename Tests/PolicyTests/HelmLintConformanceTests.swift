import Charts
import Foundation
import Policy
import TestSupport
import Testing
import Values

/// `helm lint` parity, data-driven: every case of `LintCases/` (small broken or unusual
/// charts made by `scripts/make-lint-cases.py`) and every corpus case is linted in-process
/// and its messages (severity, path, text, in order) and failing errors compared with
/// `helm-oracle lint`'s report (`expected.json`, `CorpusLint/<chart>/<case>.json`). Ids
/// listed in `lint-passing.txt` must keep passing (the list only grows).
@Suite struct HelmLintConformanceTests {
  static let passListName = "../PolicyTests/lint-passing.txt"
  static let root = SharedFixtures.packageRoot.appendingPathComponent("Tests/PolicyTests")

  struct LintCase {
    let id: String
    let directory: URL
    let chart: URL
    let arguments: [String]
    let expected: URL
  }

  @Test func lintConformanceSet() throws {
    let cases = try Self.conformanceCases()
    #expect(cases.count >= 150)
    try Self.run(cases, label: "lint cases")
  }

  @Test func corpusCases() throws {
    guard let shared = SharedFixtures.sharedDirectory else {
      print("[lint corpus] skipped: ../shared is absent")
      return
    }
    try Self.run(try Self.corpusCases(shared.appendingPathComponent("corpus")), label: "lint corpus")
  }

  static func run(_ cases: [LintCase], label: String) throws {
    // cases are independent: check them on every core
    let verdicts = Verdicts(count: cases.count)
    DispatchQueue.concurrentPerform(iterations: cases.count) { i in verdicts.set(i, check(cases[i])) }
    var passing: Set<String> = []
    var failures: [(String, String)] = []
    for (c, problem) in zip(cases, verdicts.values) {
      if let problem { failures.append((c.id, problem)) } else { passing.insert(c.id) }
    }
    print("[\(label)] \(passing.count)/\(cases.count) cases with Helm's messages")
    for (id, problem) in failures {
      print("[\(label)] FAIL \(id): \(problem.prefix(1200).replacingOccurrences(of: "\n", with: " ⏎ "))")
    }
    let listed = SharedFixtures.passList(passListName)
    for (id, problem) in failures where listed.contains(id) {
      Issue.record("listed lint case \(id) fails: \(problem.prefix(600))")
    }
    SharedFixtures.updatePassListIfAsked(passListName, passing: passing)
  }

  static func conformanceCases() throws -> [LintCase] {
    let folder = root.appendingPathComponent("LintCases")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
      let dir = folder.appendingPathComponent(name)
      let args = (try? String(contentsOf: dir.appendingPathComponent("args"), encoding: .utf8)) ?? ""
      return LintCase(
        id: "case:\(name)", directory: dir, chart: dir.appendingPathComponent("chart"),
        arguments: args.split(whereSeparator: \.isWhitespace).map(String.init),
        expected: dir.appendingPathComponent("expected.json"))
    }
  }

  static func corpusCases(_ corpus: URL) throws -> [LintCase] {
    let casesDir = corpus.appendingPathComponent("cases")
    var out: [LintCase] = []
    for chart in try FileManager.default.contentsOfDirectory(atPath: casesDir.path).sorted() {
      for name in try FileManager.default.contentsOfDirectory(
        atPath: casesDir.appendingPathComponent(chart).path
      )
      .sorted() {
        let dir = casesDir.appendingPathComponent(chart).appendingPathComponent(name)
        let args = (try? String(contentsOf: dir.appendingPathComponent("args"), encoding: .utf8)) ?? ""
        var words: [String] = []
        var skip = false
        for word in args.split(whereSeparator: \.isWhitespace).map(String.init) {
          if skip {
            skip = false
            continue
          }
          if ["--name", "-n", "--namespace"].contains(word) {
            skip = true
            continue
          }
          words.append(word)
        }
        out.append(
          LintCase(
            id: "corpus:\(chart)/\(name)", directory: dir,
            chart: corpus.appendingPathComponent("charts").appendingPathComponent(chart), arguments: words,
            expected: root.appendingPathComponent("CorpusLint/\(chart)/\(name).json")))
      }
    }
    return out
  }

  /// Verdicts written from concurrent checks, one slot each.
  final class Verdicts: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [String?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ verdict: String?) {
      lock.lock()
      slots[i] = verdict
      lock.unlock()
    }
    var values: [String?] {
      lock.lock()
      defer { lock.unlock() }
      return slots
    }
  }

  /// nil when chartc's lint matches Helm's report, else what differs.
  static func check(_ c: LintCase) -> String? {
    guard let data = FileManager.default.contents(atPath: c.expected.path),
      let expected = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return "expected report missing" }
    var request = RenderRequest(chartPath: c.chart.path)
    var strict = false
    var kubeVersion: String?
    var words = c.arguments[...]
    while let word = words.popFirst() {
      let next = words.popFirst() ?? ""
      switch word {
      case "--strict":
        strict = true
        if !next.isEmpty { words.insert(next, at: words.startIndex) }
      case "-f", "--values": request.valueFiles.append(c.directory.appendingPathComponent(next).path)
      case "--set": request.valueExpressions.append(ValueExpression(.set, next))
      case "--set-string": request.valueExpressions.append(ValueExpression(.string, next))
      case "--set-json": request.valueExpressions.append(ValueExpression(.json, next))
      case "--set-literal": request.valueExpressions.append(ValueExpression(.literal, next))
      case "--set-file": request.valueExpressions.append(ValueExpression(.file, next))
      case "--kube-version": kubeVersion = next
      default: return "unknown argument \(word)"
      }
    }
    let result: HelmLintResult
    do {
      let values = try UserValues.load(request)
      result = try HelmLinter.lint(
        path: c.chart.path,
        // helm-oracle lints through Helm's SDK without a namespace (the CLI passes `default`)
        options: HelmLintOptions(values: values, namespace: "", kubeVersion: kubeVersion, strict: strict))
    } catch {
      return expected["oracleError"] != nil ? nil : "lint failed: \(error)"
    }
    if expected["oracleError"] != nil { return "Helm refused the arguments; chartc linted" }
    let chartDir = c.chart.standardizedFileURL.path
    func normalized(_ s: String) -> String { s.replacingOccurrences(of: chartDir, with: "<chart>") }
    let got = result.messages.map { "\($0.level.rawValue) \(normalized($0.path)): \(normalized($0.message))" }
    let want = ((expected["messages"] as? [[String: Any]]) ?? []).map {
      "\($0["severity"] as? Int ?? -1) \($0["path"] as? String ?? ""): \($0["error"] as? String ?? "")"
    }
    if got != want {
      return
        "messages differ\n  got:  \(got.joined(separator: "\n        "))\n  want: \(want.joined(separator: "\n        "))"
    }
    let gotErrors = result.errors.map(normalized)
    let wantErrors = (expected["errors"] as? [String]) ?? []
    if gotErrors != wantErrors { return "errors differ: got \(gotErrors), want \(wantErrors)" }
    return nil
  }
}
