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

  static func load(_ file: String) -> [ConformanceCase] {
    ((try? ConformanceCaseFile.shared(file)) ?? []).map { line in
      ConformanceCase(
        id: line.id, template: line.template, values: line.values, chartValues: line.chartValues,
        output: line.output, error: line.error)
    }
  }
}
