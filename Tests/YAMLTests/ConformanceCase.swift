import Foundation
import TestSupport
import Values

/// One line of a shared conformance `.jsonl` file.
struct ConformanceCase {
  let id: String
  let template: String
  let values: Value?
  let chartValues: String?
  let output: String?
  let error: String?

  static let sharedRoot = SharedFixtures.shared("conformance/templates") ?? "/nonexistent"

  static func load(_ file: String) -> [ConformanceCase] {
    guard let text = try? String(contentsOfFile: sharedRoot + "/" + file, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { line in
      guard case .map(let m)? = TestJSON.parse(String(line)) else { return nil }
      return ConformanceCase(
        id: m["id"]?.stringValue ?? "", template: m["template"]?.stringValue ?? "", values: m["values"],
        chartValues: m["chart_values"]?.stringValue, output: m["output"]?.stringValue,
        error: m["error"]?.stringValue)
    }
  }
}
