/// Where a rendered field came from: the template file and line that wrote it, or, when no
/// template line is known, the rendered file and its line.
public struct SourcePlace: Sendable, Hashable, CustomStringConvertible {
  /// A template path as Helm names it (`mychart/templates/deployment.yaml`), or the input file.
  public let file: String
  /// 1-based line in `file`.
  public let line: Int
  /// Whether `line` is a line of the template source (true) or of the rendered output (false).
  public let isTemplateLine: Bool

  public init(file: String, line: Int, isTemplateLine: Bool = true) {
    self.file = file
    self.line = line
    self.isTemplateLine = isTemplateLine
  }

  /// `file:line` for a template line, `file (rendered line N)` otherwise.
  public var description: String {
    isTemplateLine ? "\(file):\(line)" : "\(file) (rendered line \(line))"
  }
}
