import Checking

/// The budget check of render-matrix entries: each render against the section for its
/// environment in the budget file its chart links to (`budget:` in chartc.yaml, default
/// `budgets.yaml` beside the chart); each file is read once.
public struct MatrixBudgets {
  /// Why an entry could not be checked, prefixed with its chart and environment.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public let description: String
  }

  public let matrix: RenderMatrix
  private var files: [String: BudgetFile] = [:]

  public init(matrix: RenderMatrix) { self.matrix = matrix }

  /// One report per render, in order; `renders` must hold successful renders. Budget files
  /// already read (by `reportsFromGoldenFiles`) are not read again.
  public mutating func reports(for renders: [MatrixRender]) throws(Failure) -> [BudgetReport] {
    var reports: [BudgetReport] = []
    for render in renders {
      do {
        let release = try render.result.get()
        try UnreadableManifests.check(release)
        reports.append(try evaluate(release.objects, of: render.entry))
      } catch {
        throw Failure(description: "\(render.entry.chart) \(render.entry.environment): \(error)")
      }
    }
    return reports
  }

  /// The reports of `entries` that their golden files can give without a render: where the
  /// golden file is current (its `RenderRecord` holds for `tool`), every generated field is
  /// Secret or ConfigMap data (the budget reads neither), and the report is clean. Nil where
  /// the entry must be rendered: an invalid quantity, a missing request or anything exceeded
  /// is reported from a render, with the template lines that only a render knows.
  public mutating func reportsFromGoldenFiles(_ entries: [RenderMatrix.Entry], tool: String)
    async throws(Failure) -> [BudgetReport?]
  {
    for entry in entries {  // every budget file first, each read once
      do {
        _ = try file(for: entry)
      } catch {
        throw Failure(description: "\(entry.chart) \(entry.environment): \(error)")
      }
    }
    let outcomes = await Self.reportsFromGoldenFiles(entries, in: matrix, tool: tool, files: files)
    var reports: [BudgetReport?] = []
    for outcome in outcomes { reports.append(try outcome.get()) }
    return reports
  }

  /// Each entry's report from its current golden file, one task per chart (which reads the
  /// chart's files once for the digests of its environments); each golden file is decoded (the
  /// kinds the budget reads whole, the others by their head) and checked at once, so only one
  /// decoded stream per task is held at a time.
  private static func reportsFromGoldenFiles(
    _ entries: [RenderMatrix.Entry], in matrix: RenderMatrix, tool: String, files: [String: BudgetFile]
  ) async -> [Result<BudgetReport?, Failure>] {
    let byChart = Dictionary(grouping: entries.indices, by: { entries[$0].path })
    return await withTaskGroup(of: [(Int, Result<BudgetReport?, Failure>)].self) { group in
      for indices in byChart.values {
        group.addTask {
          let chart = try? RenderInputs.ChartContent(of: entries[indices[0]], in: matrix)
          return indices.map { index in
            let entry = entries[index]
            guard entry.generated.allSatisfy({ $0.kind == "Secret" || $0.kind == "ConfigMap" }),
              let chart,
              let stream = RenderRecord.currentGoldenStream(of: entry, in: matrix, tool: tool, chart: chart),
              let file = files[matrix.root.appendingPathComponent(entry.budget).path]
            else { return (index, .success(nil)) }
            let decoded = StreamObjects(
              recordedStream: stream, namespace: entry.namespace, decodesWhole: ReleaseCosts.readsFields(of:))
            guard decoded.readError == nil else { return (index, .success(nil)) }
            do {
              let report = try evaluate(decoded.objects, of: entry, against: file)
              return (index, .success(report.isExceeded ? nil : report))
            } catch is InvalidQuantity {
              return (index, .success(nil))
            } catch {
              return (index, .failure(Failure(description: "\(entry.chart) \(entry.environment): \(error)")))
            }
          }
        }
      }
      var slots = [Result<BudgetReport?, Failure>](repeating: .success(nil), count: entries.count)
      for await outcomes in group {
        for (index, outcome) in outcomes { slots[index] = outcome }
      }
      return slots
    }
  }

  /// The budget file of `entry`, read once.
  private mutating func file(for entry: RenderMatrix.Entry) throws -> BudgetFile {
    let path = matrix.root.appendingPathComponent(entry.budget).path
    let file = try files[path] ?? BudgetFile.load(path)
    files[path] = file
    return file
  }

  /// `objects` (a render of `entry`) against the entry's budget.
  private mutating func evaluate(_ objects: [RenderedObject], of entry: RenderMatrix.Entry) throws
    -> BudgetReport
  {
    try Self.evaluate(objects, of: entry, against: file(for: entry))
  }

  private static func evaluate(
    _ objects: [RenderedObject], of entry: RenderMatrix.Entry, against file: BudgetFile
  )
    throws -> BudgetReport
  {
    let (settings, limits) = try file.budget(for: entry.environment)
    return try BudgetCheck.evaluate(
      objects, chart: entry.chart, environment: entry.environment, settings: settings, limits: limits)
  }
}
