import Values
import YAML

extension APIVersionSet {
  /// `Has(apiVersion string) bool`.
  public func parameterTypes(ofMethod name: String) -> (fixed: [GoArgumentType], variadic: GoArgumentType?)? {
    name == "Has" ? ([.basic(.string)], nil) : nil
  }
}

extension KubeVersion: GoPrettyYAMLRepresentable {
  /// yaml.v3 writes the struct's fields in declaration order under lower-case names.
  public var prettyYAML: PrettyYAMLForm {
    .fields([("version", .string(version)), ("major", .string(major)), ("minor", .string(minor))])
  }
}
