import Template

/// The Sprig v3.3.0 function library as Helm v4 installs it (without `env` and
/// `expandenv`), plus Helm's `required`, `fail`, JSON and TOML functions. Helm's YAML
/// functions and `include`/`tpl`/`lookup` are in `HelmFunctions`.
public enum SprigLibrary {
  /// Every function, keyed by name. `lintMode` makes `required` and `fail` return ""
  /// instead of failing, as `helm lint` does.
  public static func functions(lintMode: Bool = false) -> FunctionTable {
    var table = FunctionTable()
    for area in areas { table.merge(area) }
    table.merge(FlowFunctions.table(lintMode: lintMode))
    return table
  }

  private static var areas: [FunctionTable] {
    [
      StringFunctions.table,
      PathFunctions.table,
      URLFunctions.table,
      EncodingFunctions.table,
      JSONFunctions.table,
      NetworkFunctions.table,
      TOMLFunctions.table,
      ListFunctions.table,
      DictFunctions.table,
      TypeFunctions.table,
      MathFunctions.table,
      CryptoFunctions.table,
      SemverFunctions.table,
      RegexFunctions.table,
      DateFunctions.table,
      RandomFunctions.table,
    ]
  }
}
