import Charts
import Checking
import Foundation
import Values

/// Golden files: the locked manifest stream of every render-matrix entry, checked and
/// updated by rendering the matrix concurrently. Fields the matrix names as generated are
/// locked as a placeholder (present and well formed), not by value.
public struct GoldenFiles: Sendable {
  public let matrix: RenderMatrix
  public let pipeline: CheckingPipeline

  public init(matrix: RenderMatrix, pipeline: CheckingPipeline = CheckingPipeline()) {
    self.matrix = matrix
    self.pipeline = pipeline
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
  public func check(_ entries: [RenderMatrix.Entry]) async -> [Outcome] {
    compare(await pipeline.render(matrix: matrix, entries: entries))
  }

  /// Compares each matrix render with its golden file.
  public func compare(_ renders: [MatrixRender]) -> [Outcome] {
    renders.map(outcome(for:))
  }

  /// Rewrites the golden files of `outcomes` that drifted or are missing; returns their paths.
  public func update(_ outcomes: [Outcome]) throws -> [String] {
    var written: [String] = []
    for outcome in outcomes {
      switch outcome.status {
      case .drifted, .missing:
        let url = try Self.goldenURL(of: outcome.entry, root: matrix.root)
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

  /// Where an entry's golden file is written: only ever inside `<root>/golden/`, the chart
  /// and environment names being plain names (`RenderMatrix.load` refuses others already;
  /// this holds for matrices built in code too).
  static func goldenURL(of entry: RenderMatrix.Entry, root: URL) throws -> URL {
    guard MatrixNames.isValid(entry.chart), MatrixNames.isValid(entry.environment),
      entry.golden == "golden/\(entry.chart)/\(entry.environment).yaml"
    else {
      throw MatrixError(
        "golden file \(entry.golden) of \(entry.chart)/\(entry.environment) would lie outside golden/: refused"
      )
    }
    return root.appendingPathComponent(entry.golden)
  }

  /// Records beside each golden file of `outcomes` that rendered what render inputs it was
  /// written from (`RenderRecord`, for `tool`, the renderer's name and version), once the
  /// golden files are updated; rewrites only records that changed and returns their paths.
  public func recordInputs(_ outcomes: [Outcome], tool: String) throws -> [String] {
    var written: [String] = []
    var charts: [String: RenderInputs.ChartContent] = [:]
    for outcome in outcomes {
      if case .failed = outcome.status { continue }
      _ = try Self.goldenURL(of: outcome.entry, root: matrix.root)  // the names are plain: the record lies beside it
      let record = RenderRecord(
        inputs: try inputsDigest(of: outcome.entry, tool: tool, charts: &charts),
        golden: RenderRecord.digest(ofGolden: GoByteString.bytes(outcome.rendered)))
      let path = RenderRecord.path(of: outcome.entry)
      let recordURL = matrix.root.appendingPathComponent(path)
      let existing = FileManager.default.contents(atPath: recordURL.path)
      if existing.flatMap({ RenderRecord(text: String(decoding: $0, as: UTF8.self)) }) == record { continue }
      try Data(record.text.utf8).write(to: recordURL, options: .atomic)
      written.append(path)
    }
    return written
  }

  /// The golden files among `outcomes` that are up to date but whose input record does not
  /// show it (missing, other inputs, another renderer): `recordInputs` would rewrite them, and
  /// until then `chartc budget` renders those entries rather than reading them.
  public func unrecordedGoldenFiles(_ outcomes: [Outcome], tool: String) -> [String] {
    var charts: [String: RenderInputs.ChartContent] = [:]
    return outcomes.compactMap { outcome in
      guard outcome.status == .unchanged else { return nil }
      let path = matrix.root.appendingPathComponent(RenderRecord.path(of: outcome.entry)).path
      let record = FileManager.default.contents(atPath: path).flatMap {
        RenderRecord(text: String(decoding: $0, as: UTF8.self))
      }
      let current =
        record?.golden == RenderRecord.digest(ofGolden: GoByteString.bytes(outcome.rendered))
        && record?.inputs == (try? inputsDigest(of: outcome.entry, tool: tool, charts: &charts))
      return current ? nil : outcome.entry.golden
    }
  }

  /// `RenderInputs.digest` of `entry`, each chart's files read once across the calls sharing
  /// `charts`.
  private func inputsDigest(
    of entry: RenderMatrix.Entry, tool: String, charts: inout [String: RenderInputs.ChartContent]
  ) throws -> String {
    let chart = try charts[entry.path] ?? RenderInputs.ChartContent(of: entry, in: matrix)
    charts[entry.path] = chart
    return try RenderInputs.digest(of: entry, in: matrix, tool: tool, chart: chart)
  }

  /// Files under `golden/` that no matrix entry produces (relative paths): golden files and
  /// input records.
  public func extraGoldenFiles() -> [String] {
    let goldenDir = matrix.root.appendingPathComponent("golden")
    let expected = Set(matrix.entries.map(\.golden) + matrix.entries.map(RenderRecord.path(of:)))
    guard let enumerator = FileManager.default.enumerator(atPath: goldenDir.path) else { return [] }
    var extra: [String] = []
    while let path = enumerator.nextObject() as? String {
      guard path.hasSuffix(".yaml") || path.hasSuffix(".inputs") else { continue }
      let relative = "golden/" + path
      if !expected.contains(relative) { extra.append(relative) }
    }
    return extra.sorted()
  }

  private func outcome(for render: MatrixRender) -> Outcome {
    let entry = render.entry
    let rendered: String
    switch render.result {
    case .success(let release): rendered = GeneratedStreamText.apply(entry.generated, to: release)
    case .failure(let error): return Outcome(entry: entry, status: .failed(message: "\(error)"), rendered: "")
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
