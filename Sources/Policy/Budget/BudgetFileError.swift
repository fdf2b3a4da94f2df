/// A budget file that cannot be used: unreadable, not matching the bundled schema, or
/// holding an invalid quantity; placed at `file:line:column`.
public struct BudgetFileError: Error, Sendable, CustomStringConvertible {
  public let file: String
  public let line: Int?
  public let column: Int?
  public let message: String

  public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String {
    guard let line else { return "\(file): \(message)" }
    return "\(file):\(line):\(column ?? 1): \(message)"
  }
}
