import Charts
import Dispatch
import Foundation
import Values

/// Golden files: the locked manifest stream of every render-matrix entry, checked and
/// updated by rendering the matrix concurrently.
public struct GoldenFiles: Sendable {
  public let matrix: RenderMatrix
  public let renderer: ChartRenderer

  public init(matrix: RenderMatrix, renderer: ChartRenderer = ChartRenderer()) {
    self.matrix = matrix
    self.renderer = renderer
  }

  /// The state of one golden file after a render.
  public enum Status: Sendable, Equatable {
    case unchanged
    /// The file differs; `diff` is a unified diff from the golden file to the render.
    case drifted(diff: String)
    /// The golden file does not exist yet.
    case missing
    /// The render failed.
    case failed(message: String)
  }

  public struct Outcome: Sendable {
    public let entry: RenderMatrix.Entry
    public let status: Status
    /// The rendered stream (empty when the render failed).
    public let rendered: String
  }

  /// Renders `entries` concurrently and compares each with its golden file.
  public func check(_ entries: [RenderMatrix.Entry]) -> [Outcome] {
    let results = OutcomeBox(count: entries.count)
    DispatchQueue.concurrentPerform(iterations: entries.count) { index in
      results.set(index, outcome(for: entries[index]))
    }
    return results.values
  }

  /// Rewrites the golden files of `outcomes` that drifted or are missing; returns their paths.
  public func update(_ outcomes: [Outcome]) throws -> [String] {
    var written: [String] = []
    for outcome in outcomes {
      switch outcome.status {
      case .drifted, .missing:
        let url = matrix.root.appendingPathComponent(outcome.entry.golden)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(GoByteString.bytes(outcome.rendered)).write(to: url, options: .atomic)
        written.append(outcome.entry.golden)
      case .unchanged, .failed:
        continue
      }
    }
    return written
  }

  /// Files under `golden/` that no matrix entry produces (relative paths).
  public func extraGoldenFiles() -> [String] {
    let goldenDir = matrix.root.appendingPathComponent("golden")
    let expected = Set(matrix.entries.map(\.golden))
    guard let enumerator = FileManager.default.enumerator(atPath: goldenDir.path) else { return [] }
    var extra: [String] = []
    while let path = enumerator.nextObject() as? String {
      guard path.hasSuffix(".yaml") else { continue }
      let relative = "golden/" + path
      if !expected.contains(relative) { extra.append(relative) }
    }
    return extra.sorted()
  }

  private func outcome(for entry: RenderMatrix.Entry) -> Outcome {
    let rendered: String
    do {
      let request = matrix.request(for: entry)
      rendered = try renderer.render(request).output.stdout
    } catch {
      return Outcome(entry: entry, status: .failed(message: "\(error)"), rendered: "")
    }
    let url = matrix.root.appendingPathComponent(entry.golden)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return Outcome(entry: entry, status: .missing, rendered: rendered)
    }
    let golden = GoByteString.fromBytes(data)
    if golden == rendered { return Outcome(entry: entry, status: .unchanged, rendered: rendered) }
    let diff = UnifiedDiff.diff(
      old: golden, new: rendered, oldName: "a/" + entry.golden, newName: "b/" + entry.golden)
    return Outcome(entry: entry, status: .drifted(diff: diff), rendered: rendered)
  }
}

/// Results written by concurrent workers, one slot each.
private final class OutcomeBox: @unchecked Sendable {
  private var slots: [GoldenFiles.Outcome?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ outcome: GoldenFiles.Outcome) {
    lock.lock()
    slots[index] = outcome
    lock.unlock()
  }

  var values: [GoldenFiles.Outcome] { slots.compactMap { $0 } }
}
