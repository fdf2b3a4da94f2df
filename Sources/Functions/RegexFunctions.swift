import GoLib
import Template
import Values

/// Sprig's regex functions over Go's `regexp` (`GoLib`'s RE2 port). Non-`must` forms panic in Go on a bad pattern (`regexp: Compile(...)`),
/// except `regexMatch`, which returns false.
enum RegexFunctions {
  static func compile(_ expr: String, must: Bool) throws -> GoRegexp {
    switch Result(catching: { () throws(RegexSyntaxError) in try GoRegexp(expr) }) {
    case .success(let r): return r
    case .failure(let e):
      throw FunctionError(must ? e.message : GoRegexp.mustCompileMessage(expr, e))
    }
  }

  static func str(_ v: Value) -> String { v.stringValue ?? "" }
  static func int(_ v: Value) -> Int {
    if case .int(let i) = v { return i }
    return 0
  }

  static var table: FunctionTable {
    var t = FunctionTable()
    t["regexMatch"] = TemplateFunction([.string, .string]) { c in
      guard let r = try? GoRegexp(str(c[0])) else { return .bool(false) }
      return .bool(r.matches(str(c[1])))
    }
    t["mustRegexMatch"] = TemplateFunction([.string, .string]) { c in
      .bool(try compile(str(c[0]), must: true).matches(str(c[1])))
    }
    for must in [false, true] {
      let prefix = must ? "mustRegex" : "regex"
      t[prefix + "Find"] = TemplateFunction([.string, .string]) { c in
        .string(try compile(str(c[0]), must: must).findString(str(c[1])))
      }
      t[prefix + "FindAll"] = TemplateFunction([.string, .string, .int]) { c in
        TypedSlice.strings(try compile(str(c[0]), must: must).findAll(str(c[1]), int(c[2])))
      }
      t[prefix + "ReplaceAll"] = TemplateFunction([.string, .string, .string]) { c in
        .string(try compile(str(c[0]), must: must).replaceAll(str(c[1]), literal: false, str(c[2])))
      }
      t[prefix + "ReplaceAllLiteral"] = TemplateFunction([.string, .string, .string]) { c in
        .string(try compile(str(c[0]), must: must).replaceAll(str(c[1]), literal: true, str(c[2])))
      }
      t[prefix + "Split"] = TemplateFunction([.string, .string, .int]) { c in
        TypedSlice.strings(try compile(str(c[0]), must: must).split(str(c[1]), int(c[2])) ?? [])
      }
    }
    t["regexQuoteMeta"] = TemplateFunction([.string]) { c in .string(GoRegexp.quoteMeta(str(c[0]))) }
    return t
  }
}
