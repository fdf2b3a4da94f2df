import Charts
import EvalProtocol
import Foundation
import TestSupport
import Testing
import Values

/// Runs every case of `../shared/conformance/templates/*.jsonl`, and the project's own
/// oracle-made cases in `Tests/ConformanceTests/Cases/*.jsonl` (ids prefixed with their file
/// name), through the same code path as `chartc eval`; prints the pass rate per area, and
/// fails if a case listed in `passing.txt` fails (the list is a ratchet: it only grows).
@Suite struct TemplateConformanceTests {
  struct Outcome {
    var area: String
    var id: String
    var passed: Bool
    var builtinsOnly: Bool
    var detail: String
  }

  /// A case file: its area name, where it is, and the prefix its ids get in `passing.txt`.
  struct CaseFile {
    let area: String
    let url: URL
    let idPrefix: String
  }

  static func caseFiles() throws -> [CaseFile] {
    var files: [CaseFile] = []
    let fm = FileManager.default
    if let shared = SharedFixtures.sharedDirectory {
      let dir = shared.appendingPathComponent("conformance/templates")
      for name in try fm.contentsOfDirectory(atPath: dir.path).filter({ $0.hasSuffix(".jsonl") }).sorted() {
        files.append(
          CaseFile(area: String(name.dropLast(6)), url: dir.appendingPathComponent(name), idPrefix: ""))
      }
    } else {
      print("[conformance] ../shared is absent: running only the project's own cases")
    }
    let own = SharedFixtures.packageRoot.appendingPathComponent("Tests/ConformanceTests/Cases")
    for name in try fm.contentsOfDirectory(atPath: own.path).filter({ $0.hasSuffix(".jsonl") }).sorted() {
      let area = String(name.dropLast(6))
      files.append(CaseFile(area: "own/" + area, url: own.appendingPathComponent(name), idPrefix: area + ":"))
    }
    return files
  }

  @Test func conformanceCases() throws {
    let renderer = ChartRenderer()
    var outcomes: [Outcome] = []
    for file in try Self.caseFiles() {
      let area = file.area
      for line in try ConformanceCaseFile.read(file.url) {
        let evalCase = try OracleEvalCase(json: line.json)
        let id = file.idPrefix + (evalCase.id.stringValue ?? "?")
        let got: String
        let expected: String
        switch evalCase.run(with: renderer) {
        case .success(let output): got = "output: " + output
        case .failure(let failure): got = "error: " + failure.description
        }
        if let output = line.output {
          expected = "output: " + output
        } else {
          expected = "error: " + (line.error ?? "")
        }
        let builtinsOnly = BuiltinsOnly.check(evalCase.template + "\n" + evalCase.helpers)
        outcomes.append(
          Outcome(
            area: area, id: id, passed: got == expected, builtinsOnly: builtinsOnly,
            detail: "expected \(expected.debugDescription)\n    got      \(got.debugDescription)"))
      }
    }
    report(outcomes)
    var listed = SharedFixtures.passList("passing.txt")
    if SharedFixtures.sharedDirectory == nil { listed = listed.filter { $0.contains(":") } }
    let passing = Set(outcomes.filter(\.passed).map(\.id))
    for outcome in outcomes where listed.contains(outcome.id) && !outcome.passed {
      Issue.record("listed case \(outcome.id) fails:\n    \(outcome.detail)")
    }
    let newPasses = passing.subtracting(listed)
    if !newPasses.isEmpty {
      print(
        "[conformance] \(newPasses.count) passing cases are not in passing.txt yet (CHARTC_UPDATE_PASS_LISTS=1 adds them)"
      )
    }
    SharedFixtures.updatePassListIfAsked("passing.txt", passing: passing)
  }

  private func report(_ outcomes: [Outcome]) {
    var areas: [String] = []
    for o in outcomes where !areas.contains(o.area) { areas.append(o.area) }
    print("[conformance] area                      all cases           builtins-only cases")
    for area in areas {
      let all = outcomes.filter { $0.area == area }
      let builtin = all.filter(\.builtinsOnly)
      print(
        "[conformance] \(area.padding(toLength: 24, withPad: " ", startingAt: 0)) "
          + rate(all) + "   " + rate(builtin))
    }
    print(
      "[conformance] total                    " + rate(outcomes) + "   "
        + rate(outcomes.filter(\.builtinsOnly)))
    for o in outcomes where !o.passed { print("[conformance] FAIL \(o.id)\n    \(o.detail.prefix(600))") }
  }

  private func rate(_ outcomes: [Outcome]) -> String {
    let passed = outcomes.filter(\.passed).count
    let pct = outcomes.isEmpty ? 100 : Double(passed) * 100 / Double(outcomes.count)
    let text = "\(passed)/\(outcomes.count) (\(String(format: "%.1f", pct))%)"
    return text.padding(toLength: 19, withPad: " ", startingAt: 0)
  }
}
