import GoLib
import Synchronization
import Template
import Values

/// The functions Helm's engine adds to Sprig's: `include` and `tpl` (bound to the running
/// template set), `lookup` (empty offline, as `helm template`) and the serialisation
/// functions (`toYaml`, `toJson`, `fromYaml`...).
public enum HelmFunctions {
  /// Helm's limit on nested `include`s of one name (`recursionMaxNums`).
  public static let includeRecursionLimit = 1000

  /// `include`, `tpl` and `lookup`. The table is made per render: `include` counts nested
  /// calls per template name for that render only.
  public static func engineFunctions() -> FunctionTable {
    let counter = IncludeCounter()
    var table = FunctionTable()
    table["include"] = TemplateFunction([.string, .any]) { call in
      let name = call.arguments[0].stringValue ?? ""
      try counter.enter(name)
      defer { counter.leave(name) }
      return .string(try call.context.executeTemplate(named: name, data: call.arguments[1]))
    }
    table["tpl"] = TemplateFunction([.string, .any]) { call in
      let text = call.arguments[0].stringValue ?? ""
      let output: String
      do {
        output = try call.context.executeText(text, named: "gotpl", data: call.arguments[1])
      } catch let error as TemplateParseError {
        throw TplError(prefix: "cannot parse template \(GoStrconv.quote(text))", cause: error)
      } catch let error as TextNestingLimitError {
        throw error
      } catch {
        throw TplError(
          prefix: "error during tpl function execution for \(GoStrconv.quote(text))", cause: error)
      }
      return .string(NoValueStripping.strip(output))
    }
    table["lookup"] = TemplateFunction([.string, .string, .string, .string]) { _ in .emptyMap() }
    return table
  }

  /// Helm's YAML functions (`toYaml`, `fromYaml`...).
  public static var yamlFunctions: FunctionTable { YAMLFunctions.table }
}

/// Per-render nesting count of `include` by template name.
final class IncludeCounter: Sendable {
  private let depth = Mutex<[String: Int]>([:])

  func enter(_ name: String) throws {
    let entered = depth.withLock { depth -> Bool in
      let current = depth[name, default: 0]
      if current > HelmFunctions.includeRecursionLimit { return false }
      depth[name] = current + 1
      return true
    }
    if !entered {
      throw FunctionError(
        "rendering template has a nested reference name: \(name): unable to execute template")
    }
  }

  func leave(_ name: String) {
    depth.withLock { $0[name, default: 1] -= 1 }
  }
}

/// A `tpl` failure: Helm's wrapping text, then the template error it wraps.
struct TplError: WrappingError, CustomStringConvertible {
  let prefix: String
  let cause: any Error

  var head: String { prefix + ": " }
  var wrapped: (any Error)? { cause }
  var description: String { goErrorText(self) }
}
