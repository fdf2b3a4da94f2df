import Values
import YAML

/// An object as the YAML a reviewer reads in a text diff: keys sorted, whole numbers
/// written as integers (manifest numbers decode as float64, which `toYaml` would print as
/// `1e+06`).
enum DocumentText {
  static func yaml(_ value: Value) -> String {
    YAMLWriter.toYaml(FieldValueText.integral(value)) ?? ""
  }
}
