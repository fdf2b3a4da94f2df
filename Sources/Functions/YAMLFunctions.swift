import Template
import Values
import YAML

/// Helm's YAML functions: `toYaml`, `mustToYaml`, `toYamlPretty`, `fromYaml`,
/// `fromYamlArray` (decoding errors come back inside the result, as in Helm).
enum YAMLFunctions {
  static var table: FunctionTable {
    var t = FunctionTable()
    t["toYaml"] = TemplateFunction([.any]) { .string(YAMLWriter.toYaml($0[0]) ?? "") }
    t["mustToYaml"] = TemplateFunction([.any]) { call in
      do {
        return .string(try YAMLWriter.marshal(call[0]))
      } catch {
        throw FunctionError("\(error)")
      }
    }
    t["toYamlPretty"] = TemplateFunction([.any]) { .string(YAMLWriter.toYamlPretty($0[0]) ?? "") }
    t["fromYaml"] = TemplateFunction([.string]) { YAMLReader.fromYaml($0[0].stringValue ?? "") }
    t["fromYamlArray"] = TemplateFunction([.string]) { YAMLReader.fromYamlArray($0[0].stringValue ?? "") }
    return t
  }
}
