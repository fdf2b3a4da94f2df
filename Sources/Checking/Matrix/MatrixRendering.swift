import Charts

/// One entry of the render matrix and what rendering it gave.
public struct MatrixRender: Sendable {
  public let entry: RenderMatrix.Entry
  /// The render, or why it failed (worded as Helm words it).
  public let result: Result<RenderedRelease, any Error>

  /// The render, when it succeeded.
  public var release: RenderedRelease? { try? result.get() }
}

extension CheckingPipeline {
  /// Renders `entries` of `matrix` concurrently; results come back in the order of `entries`.
  /// `onRendered` is called (from any task) as each entry finishes, e.g. to show progress.
  public func render(
    matrix: RenderMatrix, entries: [RenderMatrix.Entry],
    onRendered: (@Sendable (RenderMatrix.Entry) -> Void)? = nil
  ) async -> [MatrixRender] {
    await withTaskGroup(of: (Int, MatrixRender).self) { group in
      for (index, entry) in entries.enumerated() {
        group.addTask {
          let request = matrix.request(for: entry)
          let result = Result { () throws -> RenderedRelease in try self.render(request) }
          onRendered?(entry)
          return (index, MatrixRender(entry: entry, result: result))
        }
      }
      var slots = [MatrixRender?](repeating: nil, count: entries.count)
      for await (index, render) in group { slots[index] = render }
      return slots.compactMap { $0 }
    }
  }
}
