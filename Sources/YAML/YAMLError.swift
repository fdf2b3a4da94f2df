/// A YAML failure with Helm's exact message text and, when known, the 1-based line it
/// points at (the `line N:` go-yaml prints, or a node's line for manifest errors).
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The full message as Helm prints it (without outer prefixes such as `cannot load values.yaml: `).
  public var message: String
  /// The 1-based line of the problem in the whole input, if known. For multi-document values
  /// files the message keeps go-yaml's document-relative `line N:` (as Helm prints it) while
  /// this is the line in the file.
  public var line: Int?

  public init(_ message: String, line: Int? = nil) {
    self.message = message
    self.line = line
  }

  public var description: String { message }
}
