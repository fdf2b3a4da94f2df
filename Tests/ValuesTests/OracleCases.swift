import Foundation
import Values

/// One oracle case: a template, optional values, and Helm's output or error.
struct OracleCase {
  let id: String
  let template: String
  let values: Value
  let output: String?
  let error: String?
  let hasChartValues: Bool

  /// Loads `Data/<name>` (JSON lines written by `helm-oracle eval`).
  static func load(_ name: String) throws -> [OracleCase] {
    guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Data") else {
      throw TemplateSubset.Unsupported(reason: "missing data file \(name)")
    }
    let text = try String(contentsOf: url, encoding: .utf8)
    var cases: [OracleCase] = []
    for line in text.split(separator: "\n") where !line.isEmpty {
      guard case .map(let m) = try GoJSON.decode(String(line)) else { continue }
      cases.append(
        OracleCase(
          id: m["id"]?.stringValue ?? "?",
          template: m["template"]?.stringValue ?? "",
          values: m["values"].flatMap { $0.isNil ? nil : $0 } ?? .emptyMap(),
          output: m["output"]?.stringValue,
          error: m["error"]?.stringValue,
          hasChartValues: m["chart_values"] != nil))
    }
    return cases
  }

  enum Outcome: Equatable {
    case pass, fail(String), unsupported(String)
  }

  /// Runs the case through `TemplateSubset`.
  func run() -> Outcome {
    if hasChartValues { return .unsupported("chart_values") }
    // `.Values` itself is a `common.Values` map.
    let root = values.mapValue ?? GoMap()
    let subset = TemplateSubset(values: .map(GoMap(root.storage, goTypeName: "common.Values")))
    do {
      let got = try subset.render(template)
      if let output {
        return got == output ? .pass : .fail("got \(got.debugDescription) want \(output.debugDescription)")
      }
      return .fail("got output \(got.debugDescription), want error \(error ?? "")")
    } catch let e as TemplateSubset.Unsupported {
      return .unsupported(e.reason)
    } catch let e as TemplateSubset.CallError {
      let suffix = "error calling \(e.function): \(e.message)"
      if let error, error.hasSuffix(suffix) { return .pass }
      return .fail("got error \(suffix.debugDescription) want \((error ?? output ?? "").debugDescription)")
    } catch {
      return .fail("unexpected \(error)")
    }
  }
}
