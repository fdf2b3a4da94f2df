import Charts
import Template
import Validation

/// The way back from a position in a render's output stream to the template line that
/// wrote it: the stream's `# Source:` framing locates the rendered file, and the source maps
/// recorded during that same render locate the template line.
struct TemplatePlaces: Sendable {
  let locator: RenderedStreamLocator

  init(stream: String, files: [String: String], sourceMaps: RenderSourceMaps?) {
    guard let sourceMaps else {
      locator = RenderedStreamLocator(stream: stream, files: files)
      return
    }
    let bytes = files.mapValues { Array($0.utf8) }
    locator = RenderedStreamLocator(stream: stream, files: files) { file, offset in
      guard let b = bytes[file], let found = sourceMaps[file]?.position(ofOutputOffset: offset, in: b) else {
        return nil
      }
      return (found.file, found.line)
    }
  }

  /// The place of stream position (`line`, `column`, 1-based).
  func place(line: Int, column: Int) -> SourcePlace? {
    switch locator.origin(line: line, column: column) {
    case .template(let file, let line)?: SourcePlace(file: file, line: line)
    case .rendered(let file, let line)?: SourcePlace(file: file, line: line, isTemplateLine: false)
    case .stream(let file, let line)?: SourcePlace(file: file, line: line, isTemplateLine: false)
    case nil: nil
    }
  }

  /// The `file:line` text reports print for stream position (`line`, `column`).
  func location(line: Int, column: Int) -> String? {
    locator.location(line: line, column: column)
  }

  /// The `# Source:` path of the document at stream line `line`.
  func sourcePath(line: Int) -> String? { locator.sourcePath(line: line) }
}
