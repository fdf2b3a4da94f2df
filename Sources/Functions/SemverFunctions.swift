import GoLib
import Template
import Values

/// Sprig's semver functions: `semver` and `semverCompare` (Masterminds/semver v3.5.0).
enum SemverFunctions {
  static var table: FunctionTable {
    FunctionTable([
      "semver": TemplateFunction([.string]) { call in
        switch Result(catching: { () throws(SemverVersion.ParseError) in
          try SemverVersion.parse(call[0].stringValue ?? "")
        }) {
        case .success(let v): return .object(v)
        case .failure(let e): throw FunctionError(e.message)
        }
      },
      "semverCompare": TemplateFunction([.string, .string]) { call in
        let constraints: SemverConstraints
        switch Result(catching: { () throws(SemverConstraints.ParseError) in
          try SemverConstraints.parse(call[0].stringValue ?? "")
        }) {
        case .success(let c): constraints = c
        case .failure(let e): throw FunctionError(e.message)
        }
        switch Result(catching: { () throws(SemverVersion.ParseError) in
          try SemverVersion.parse(call[1].stringValue ?? "")
        }) {
        case .success(let v): return .bool(constraints.check(v))
        case .failure(let e): throw FunctionError(e.message)
        }
      },
    ])
  }
}
