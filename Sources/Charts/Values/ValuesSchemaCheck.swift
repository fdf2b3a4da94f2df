import Validation
import Values

/// Validation of the coalesced values against each chart's `values.schema.json`.
enum ValuesSchemaCheck {
  static func validate(chart: Chart, values: GoMap) throws {
    var sections: [String] = []
    try collect(chart, values: .map(values), into: &sections)
    if !sections.isEmpty { throw RenderError(HelmSchemaErrorFormatter.message(sections: sections)) }
  }

  private static func collect(_ chart: Chart, values: Value, into sections: inout [String]) throws {
    if let schemaBytes = chart.schema {
      do {
        let schema = try CompiledSchemaCache.shared.compile(
          text: String(decoding: schemaBytes, as: UTF8.self))
        if let section = HelmValuesSchema.section(chartName: chart.name, schema: schema, values: values) {
          sections.append(section)
        }
      } catch {
        sections.append(HelmValuesSchema.section(chartName: chart.name, loadError: error))
      }
    }
    guard case .map(let map) = values else { return }
    for child in chart.dependencies {
      guard let sub = map[child.name], !sub.isNil else { continue }
      guard case .map = sub else {
        sections.append(HelmValuesSchema.section(chartName: child.name, nonMapValues: sub))
        continue
      }
      try collect(child, values: sub, into: &sections)
    }
  }
}
