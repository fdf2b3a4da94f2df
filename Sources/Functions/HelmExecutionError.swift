/// The failure of Helm's `required` and `fail`: the engine reports it as
/// `execution error at (<file>:<line>:<col>): MESSAGE`, located at the outermost call in
/// the rendered file, instead of Go's raw template error.
///
/// Its text is Helm's `warnWrap` form (`HELM_ERR_START` + message + `HELM_ERR_END`), the
/// marker the engine looks for when it formats the error.
public struct HelmExecutionError: Error, Sendable, Equatable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { "HELM_ERR_START" + message + "HELM_ERR_END" }
}
