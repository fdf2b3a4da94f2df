import Foundation
import GoLib

/// Helm's rewriting of template errors (`pkg/engine/engine.go`: `cleanupParseError`,
/// `cleanupExecError`), so that a failure reads exactly as `helm template` prints it.
public enum HelmErrorFormatter {
  /// Marks a `required`/`fail` message (Helm's `warnWrap`) so that it is reported as
  /// `execution error at (FILE:LINE:COL): MESSAGE`. Throw `FunctionError(wrapWarning(msg))`.
  public static func wrapWarning(_ message: String) -> String {
    "HELM_ERR_START" + message + "HELM_ERR_END"
  }

  /// The text Helm prints for an error from parsing or executing a template.
  public static func format(_ error: any Error) -> String {
    switch error {
    case let e as TemplateParseError: return formatParse(e)
    case let e as TemplateExecutionError: return formatExecution(e)
    default: return goErrorText(error)
    }
  }

  /// `parse error at (FILE:LINE): <last ": " segment>`.
  public static func formatParse(_ e: TemplateParseError) -> String {
    let tokens = e.description.components(separatedBy: ": ")
    guard tokens.count > 1 else { return "parse error in (\(e.parseName)): \(e.description)" }
    return "parse error at (\(tokens[1])): \(tokens[tokens.count - 1])"
  }

  public static func formatExecution(_ e: TemplateExecutionError) -> String {
    let raw = e.description
    // required / fail: the location of the outermost error.
    if let start = raw.range(of: "HELM_ERR_START") {
      let tail = raw[start.upperBound...]
      if let end = tail.range(of: "HELM_ERR_END", options: .backwards) {
        let msg = tail[..<end.lowerBound]
        let location = e.location ?? e.templateName
        return "execution error at (\(location)): \(msg)"
      }
    }
    // Three-line form only when every link of the chain is a template error.
    var links: [TemplateExecutionError] = [e]
    var last: (any Error)? = e.cause
    while let c = last as? TemplateExecutionError {
      links.append(c)
      last = c.cause
    }
    var trailer: String?
    if let last {
      guard let missing = last as? TemplateNotFoundError else { return raw }
      trailer = missing.description
    }
    var out = ""
    for (i, link) in links.enumerated() {
      if i > 0 { out += "\n" }
      out += (link.location ?? link.templateName) + "\n"
      out += "  executing \(GoStrconv.quote(link.templateName)) at <\(link.context)>:\n"
      var message = link.message
      if let cause = link.cause {
        let inner = goErrorText(cause)
        if message.hasSuffix(inner) { message = String(message.dropLast(inner.count)) }
        while message.hasSuffix(" ") { message.removeLast() }
      }
      out += "    " + message
    }
    if let trailer { out += "\n" + trailer }
    return out
  }
}
