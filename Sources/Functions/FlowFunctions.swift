import Template
import Values

/// `default`, `empty`, `coalesce`, `all`, `any`, `ternary`, and Helm's `required` and
/// `fail`.
enum FlowFunctions {
  /// `lintMode`: as in `helm lint`, `required` and `fail` return "" instead of failing.
  static func table(lintMode: Bool = false) -> FunctionTable {
    var t = FunctionTable()
    t.define("default", [.any], variadic: .any) { call in
      let given = call.rest(from: 1)
      guard let first = given.first, !GoReflect.isEmpty(first) else { return call.value(0) }
      return first
    }
    t.define("empty", [.any]) { call in .bool(GoReflect.isEmpty(call.value(0))) }
    t.define("coalesce", [], variadic: .any) { call in
      call.arguments.first { !GoReflect.isEmpty($0) } ?? .null
    }
    t.define("all", [], variadic: .any) { call in .bool(call.arguments.allSatisfy { !GoReflect.isEmpty($0) })
    }
    t.define("any", [], variadic: .any) { call in .bool(call.arguments.contains { !GoReflect.isEmpty($0) }) }
    t.define("ternary", [.any, .any, .bool]) { call in call.bool(2) ? call.value(0) : call.value(1) }
    t.define("required", [.string, .any]) { call in
      let v = call.value(1)
      if v.isNil || v.stringValue == "" {
        if lintMode { return .string("") }
        throw HelmExecutionError(call.string(0))
      }
      return v
    }
    t.define("fail", [.string]) { call in
      if lintMode { return .string("") }
      throw HelmExecutionError(call.string(0))
    }
    return t
  }
}
