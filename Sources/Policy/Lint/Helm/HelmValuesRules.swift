import Charts
import Foundation
import Validation
import Values
import YAML

/// Helm's `rules.ValuesWithOverrides`: `values.yaml` exists, parses, and (with the user's
/// overrides laid over it, top level only) meets `values.schema.json`.
enum HelmValuesRules {
  static func run(chartDir: String, options: HelmLintOptions, into messages: inout [HelmLintMessage]) {
    let file = "values.yaml"
    let path = (chartDir as NSString).appendingPathComponent(file)
    guard HelmLintFiles.exists(path) else {
      messages.append(HelmLintMessage(.info, file, "file does not exist"))
      return
    }
    if let problem = problem(valuesPath: path, options: options) {
      messages.append(HelmLintMessage(.error, file, problem))
    }
  }

  private static func problem(valuesPath: String, options: HelmLintOptions) -> String? {
    let values: GoMap
    do {
      let text = try HelmLintFiles.read(valuesPath)
      values = try YAMLReader.unmarshalMap(text).mapValue ?? GoMap()
    } catch {
      let text = "\(error)".replacingOccurrences(
        of: "Go value of type map[string]interface {}", with: "Go value of type common.Values")
      return "unable to parse YAML: " + text
    }
    let schemaPath = (valuesPath as NSString).deletingPathExtension + ".schema.json"
    guard let data = FileManager.default.contents(atPath: schemaPath), !data.isEmpty else { return nil }
    if options.skipSchemaValidation { return nil }
    let coalesced = options.values.deepCopy()
    ValueCoalescing.coalesceTables(coalesced, values)
    let schema: CompiledSchema
    do {
      schema = try CompiledSchemaCache.shared.compile(text: String(decoding: data, as: UTF8.self))
    } catch {
      return error.message
    }
    let errors = schema.validate(.map(coalesced))
    return errors.isEmpty ? nil : HelmSchemaErrorFormatter.lines(errors)
  }
}
