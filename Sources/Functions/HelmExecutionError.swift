/// The failure of Helm's `required` and `fail`: the engine reports it as
/// `execution error at (<file>:<line>:<col>): MESSAGE`, located at the outermost call in
/// the rendered file, instead of Go's raw template error.
public struct HelmExecutionError: Error, Sendable, Equatable {
  public let message: String
  public init(_ message: String) { self.message = message }
}
