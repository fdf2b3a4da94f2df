import Template
import Values
import YAML

/// Helm's own data functions that need no engine state: `toYaml`, `mustToYaml`,
/// `toYamlPretty`, `fromYaml`, `fromYamlArray`, and the offline `lookup` (always an empty
/// map, as in `helm template`) and `getHostByName` (""). `include`, `tpl` and the TOML
/// functions are registered elsewhere.
enum HelmDataFunctions {
  static var table: FunctionTable {
    var t = FunctionTable()
    t.define("toYaml", [.any]) { call in .string(YAMLWriter.toYaml(call.value(0)) ?? "") }
    t.define("mustToYaml", [.any]) { call in
      do {
        return .string(try YAMLWriter.marshal(call.value(0)))
      } catch let e as FunctionError {
        throw e
      } catch {
        throw FunctionError("\(error)")
      }
    }
    t.define("toYamlPretty", [.any]) { call in .string(YAMLWriter.toYamlPretty(call.value(0)) ?? "") }
    t.define("fromYaml", [.string]) { call in YAMLReader.fromYaml(call.string(0)) }
    t.define("fromYamlArray", [.string]) { call in YAMLReader.fromYamlArray(call.string(0)) }
    t.define("lookup", [.string, .string, .string, .string]) { _ in .map([:]) }
    t.define("getHostByName", [.string]) { _ in .string("") }
    return t
  }
}
