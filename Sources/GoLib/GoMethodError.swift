/// An error a method of a Go value returns (`Time.Format` given a non-string, `Time.Sub`
/// given a non-time), with Go's text; templates print it as the cause of the call.
public struct GoMethodError: Error, Sendable, Equatable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
