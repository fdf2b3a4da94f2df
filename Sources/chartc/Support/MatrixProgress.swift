import Checking

extension CheckingPipeline {
  /// Renders `entries` of `matrix` concurrently, showing progress on a terminal's stderr.
  func renderShowingProgress(matrix: RenderMatrix, entries: [RenderMatrix.Entry]) async -> [MatrixRender] {
    let progress = Progress(total: entries.count)
    let renders = await render(matrix: matrix, entries: entries) { entry in
      progress.finished("\(entry.chart)/\(entry.environment)")
    }
    progress.end()
    return renders
  }
}
