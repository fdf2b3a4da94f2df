import Template

extension APIVersionSet: GoMethodSignatures {
  /// `Has(apiVersion string) bool`.
  public func parameterTypes(ofMethod name: String) -> (fixed: [GoArgumentType], variadic: GoArgumentType?)? {
    name == "Has" ? ([.basic(.string)], nil) : nil
  }
}
