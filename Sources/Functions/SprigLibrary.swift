import Template

/// The Sprig v3.3.0 function library as Helm v4 installs it (without `env` and
/// `expandenv`), plus Helm's `required`, `fail`, JSON and TOML functions. Helm's YAML
/// functions and `include`/`tpl`/`lookup` are in `HelmFunctions`.
public enum SprigLibrary {
  /// Every function, keyed by name. `lintMode` makes `required` and `fail` return ""
  /// instead of failing, as `helm lint` does.
  public static func functions(lintMode: Bool = false) -> FunctionTable {
    let areas = Self.areas + [FlowFunctions.table(lintMode: lintMode)]
    var table = FunctionTable()
    // sized once: a table that grows rehashes every function already in it
    table.reserveCapacity(areas.reduce(0) { $0 + $1.functions.count })
    for area in areas { table.merge(area) }
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
