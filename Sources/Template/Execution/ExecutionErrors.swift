import GoLib
import Values

/// A Go `text/template` execution error (Go's `ExecError`), printed as
/// `template: FILE:LINE:COL: executing "NAME" at <NODE>: MESSAGE`.
public struct TemplateExecutionError: Error, Sendable, CustomStringConvertible {
  /// `FILE:LINE:COL` of the failing node, or nil when the error has no node.
  public let location: String?
  /// The template being executed (a file name or a defined name).
  public let templateName: String
  /// Go's `String()` of the failing node.
  public let context: String
  /// The message after `at <NODE>: `, including the text of `cause` when there is one.
  public let message: String
  /// The error this one wraps (`error calling X: %w`): a function's error or a nested
  /// template error from `include`.
  public let cause: (any Error)?

  public var description: String {
    if let location {
      return "template: \(location): executing \(GoStrconv.quote(templateName)) at <\(context)>: \(message)"
    }
    return "template: \(templateName): \(message)"
  }
}

/// `ExecuteTemplate` of a name the set does not hold.
public struct TemplateNotFoundError: Error, Sendable, Equatable, CustomStringConvertible {
  public let name: String
  public let setName: String
  public var description: String {
    "template: no template \(GoStrconv.quote(name)) associated with template \(GoStrconv.quote(setName))"
  }
}

/// `{{break}}` / `{{continue}}` unwinding (Go's `walkBreak` / `walkContinue` panics).
enum LoopControl: Error {
  case breakLoop, continueLoop
}

/// Text of any error as Go's `err.Error()` would give it.
func goErrorText(_ error: any Error) -> String {
  switch error {
  case let e as FunctionError: return e.message
  case let e as TemplateExecutionError: return e.description
  case let e as TemplateParseError: return e.description
  case let e as TemplateNotFoundError: return e.description
  case let e as CustomStringConvertible: return e.description
  default: return "\(error)"
  }
}
