import Checking
import Foundation
import Review
import TestSupport
import Testing

/// Same inputs, same bytes: the product matrix (`chartc.yaml`), rendered repeatedly with its
/// entries in parallel and two whole matrix renders at once, gives identical streams.
@Suite struct DeterminismTests {
  @Test func productMatrixRendersTheSameBytesEveryTime() async throws {
    let file = SharedFixtures.packageRoot.appendingPathComponent("chartc.yaml").path
    let matrix = try RenderMatrix.load(file)
    #expect(matrix.entries.count > 1)
    let golden = GoldenFiles(matrix: matrix)
    var runs: [[String]] = []
    for _ in 0..<3 {
      async let first = golden.pipeline.render(matrix: matrix, entries: matrix.entries)
      async let second = golden.pipeline.render(matrix: matrix, entries: matrix.entries)
      for renders in await [first, second] {
        let outcomes = golden.compare(renders)
        for outcome in outcomes {
          if case .failed(let message) = outcome.status {
            Issue.record("\(outcome.entry.chart)/\(outcome.entry.environment) failed: \(message)")
          }
        }
        runs.append(outcomes.map(\.rendered))
      }
    }
    for (index, run) in runs.enumerated().dropFirst() {
      for (entry, (a, b)) in zip(matrix.entries, zip(runs[0], run)) where a != b {
        Issue.record("run \(index) rendered \(entry.chart)/\(entry.environment) differently")
      }
    }
    #expect(runs.allSatisfy { $0 == runs[0] })
  }
}
