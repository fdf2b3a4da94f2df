import Foundation
import Functions
import Template
import Values

/// Helm's `NameAndChart` for `helm template`: the release name from `[NAME] CHART`,
/// `--name-template` (a Go template with Sprig's functions, `env` included, and nil data) or
/// the default `release-name`. `helm template` presets the name, so `--generate-name` never
/// generates one; it only refuses an explicit NAME, as Helm does.
struct ReleaseNaming {
  var explicitName: String?
  var generateName: Bool
  var nameTemplate: String?

  /// The release name, or Helm's error.
  func releaseName() throws -> String {
    if explicitName != nil {
      if generateName { throw CommandFailure("cannot set --generate-name and also specify a name") }
      if let nameTemplate, !nameTemplate.isEmpty {
        throw CommandFailure("cannot set --name-template and also specify a name")
      }
    }
    if let explicitName { return explicitName }
    if let nameTemplate, !nameTemplate.isEmpty { return try Self.execute(nameTemplate) }
    return "release-name"
  }

  /// Helm's `TemplateName`: parse as template `name-template`, execute with nil data.
  static func execute(_ text: String) throws -> String {
    var functions = SprigLibrary.functions()
    functions["env"] = TemplateFunction([.string]) { call in
      .string(EnvironmentVariable.value(GoCast.toString(call[0])) ?? "")
    }
    functions["expandenv"] = TemplateFunction([.string]) { call in
      .string(expandEnvironment(GoCast.toString(call[0])))
    }
    let set = TemplateSet(name: "name-template", functions: functions)
    do {
      try set.parse(name: "name-template", text: text)
      return try LargeStack.run { try set.execute(name: "name-template", data: .null) }
    } catch {
      throw CommandFailure("\(error)")
    }
  }

  /// Go's `os.ExpandEnv`: `$NAME` and `${NAME}` replaced by the variable (empty when unset).
  static func expandEnvironment(_ text: String) -> String {
    let environment = ProcessInfo.processInfo.environment
    var out = ""
    var chars = Substring(text)
    while let dollar = chars.firstIndex(of: "$") {
      out += chars[..<dollar]
      var rest = chars[chars.index(after: dollar)...]
      if rest.first == "{", let close = rest.firstIndex(of: "}") {
        out += environment[String(rest[rest.index(after: rest.startIndex)..<close])] ?? ""
        rest = rest[rest.index(after: close)...]
      } else {
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        if name.isEmpty {
          out += "$"
        } else {
          out += environment[String(name)] ?? ""
        }
        rest = rest.dropFirst(name.count)
      }
      chars = rest
    }
    return out + chars
  }
}
