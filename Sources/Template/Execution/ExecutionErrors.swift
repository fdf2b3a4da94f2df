import GoLib
import Values

/// A Go `text/template` execution error (Go's `ExecError`), printed as
/// `template: FILE:LINE:COL: executing "NAME" at <NODE>: MESSAGE`.
public struct TemplateExecutionError: WrappingError, Sendable, CustomStringConvertible {
  /// `FILE:LINE:COL` of the failing node, or nil when the error has no node.
  public let location: String?
  /// The template being executed (a file name or a defined name).
  public let templateName: String
  /// Go's `String()` of the failing node.
  public let context: String
  /// The message's own words: all of it, or with a `cause` the part before the cause's text
  /// (`error calling X: `).
  let ownMessage: String
  /// The error this one wraps (`error calling X: %w`): a function's error or a nested
  /// template error from `include`.
  public let cause: (any Error)?

  /// `message` is the error's own words; with a `cause`, the cause's text follows them.
  init(location: String?, templateName: String, context: String, message: String, cause: (any Error)?) {
    self.location = location
    self.templateName = templateName
    self.context = context
    self.ownMessage = message
    self.cause = cause
  }

  /// The message after `at <NODE>: `, including the text of `cause` when there is one.
  public var message: String {
    guard let cause else { return ownMessage }
    return ownMessage + goErrorText(cause)
  }

  public var head: String {
    if let location {
      return
        "template: \(location): executing \(GoStrconv.quote(templateName)) at <\(context)>: \(ownMessage)"
    }
    return "template: \(templateName): \(ownMessage)"
  }

  public var wrapped: (any Error)? { cause }

  public var description: String { goErrorText(self) }
}

/// `ExecuteTemplate` of a name the set does not hold.
public struct TemplateNotFoundError: Error, Sendable, Equatable, CustomStringConvertible {
  public let name: String
  public let setName: String
  public var description: String {
    "template: no template \(GoStrconv.quote(name)) associated with template \(GoStrconv.quote(setName))"
  }
}

/// `tpl` nested deeper than chartc allows (`Executor.maxTextNesting`); `tpl` reports it as
/// its own error, as `include` reports Helm's recursion limit.
public struct TextNestingLimitError: Error, Sendable, CustomStringConvertible {
  public let limit: Int
  public var description: String { "tpl nested more than \(limit) levels deep: unable to execute template" }
}

/// `{{break}}` / `{{continue}}` unwinding (Go's `walkBreak` / `walkContinue` panics).
enum LoopControl: Error {
  case breakLoop, continueLoop
}

/// Text of any error as Go's `err.Error()` would give it. A chain of wrapping errors is
/// written in one pass, so its cost is linear in the text, however deep the chain.
public func goErrorText(_ error: any Error) -> String {
  var out = ""
  var current: any Error = error
  while let link = current as? any WrappingError {
    out += link.head
    guard let next = link.wrapped else { return out }
    current = next
  }
  switch current {
  case let e as FunctionError: out += e.message
  case let e as TemplateParseError: out += e.description
  case let e as TemplateNotFoundError: out += e.description
  case let e as CustomStringConvertible: out += e.description
  default: out += "\(current)"
  }
  return out
}
