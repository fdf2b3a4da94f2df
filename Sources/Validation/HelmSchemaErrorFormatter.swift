/// Helm's report of values that fail a chart's `values.schema.json` (helm-behaviour.md §2
/// "Schema"), built from `SchemaValidationError`s:
///
///     values don't meet the specifications of the schema(s) in the following chart(s):
///     mychart:
///     - at '/replicas': got string, want integer
///     - at '/a': 'anyOf' failed
///       - at '/a': got boolean, want string
///
public enum HelmSchemaErrorFormatter {
  /// The header line of Helm's message.
  public static let header =
    "values don't meet the specifications of the schema(s) in the following chart(s):\n"

  /// One `- at '<pointer>': <message>` line per error, causes indented two spaces per level,
  /// each line ending in `\n`.
  public static func lines(_ errors: [SchemaValidationError], indent: Int = 0) -> String {
    var out = ""
    for e in errors {
      out += String(repeating: "  ", count: indent) + "- at '\(e.instancePath)': \(e.message)\n"
      out += lines(e.causes, indent: indent + 1)
    }
    return out
  }

  /// One chart's section: `<chart>:\n` followed by its error lines.
  public static func chartSection(chartName: String, errors: [SchemaValidationError]) -> String {
    "\(chartName):\n" + lines(errors)
  }

  /// The whole error message for the sections of the failing charts (root first, then
  /// subcharts in dependency order), as Helm returns it (ends with `\n`).
  public static func message(sections: [String]) -> String {
    header + sections.joined()
  }
}
