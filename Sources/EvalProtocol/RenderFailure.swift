/// A failed render's message, as Helm prints it.
public struct RenderFailure: Error, Sendable, Equatable, CustomStringConvertible {
  public let description: String
  public init(_ description: String) { self.description = description }
}
