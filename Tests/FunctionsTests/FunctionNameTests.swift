import Functions
import Testing

/// Every function name Helm v4 installs (docs/helm-behaviour.md §3) that this library
/// provides, minus the areas registered elsewhere (crypto, semver, regex, dates,
/// random, `include`/`tpl`, Go builtins).
@Suite struct FunctionNameTests {
  static let provided = """
    abbrev abbrevboth add add1 add1f addf all any append atoi b32dec b32enc b64dec b64enc base biggest
    camelcase cat ceil chunk clean coalesce compact concat contains deepCopy deepEqual default dict dig dir
    div divf empty ext fail first float64 floor get has hasKey hasPrefix hasSuffix hello indent initial
    initials int int64 isAbs join kebabcase keys kindIs kindOf last list max maxf merge mergeOverwrite min
    minf mod mul mulf mustAppend mustChunk mustCompact mustDeepCopy mustFirst mustHas mustInitial mustLast
    mustMerge mustMergeOverwrite mustPrepend mustPush mustRest mustReverse mustSlice mustUniq mustWithout
    nindent nospace omit osBase osClean osDir osExt osIsAbs pick pluck plural prepend push quote repeat
    replace required rest reverse round seq set shuffle slice snakecase sortAlpha split splitList splitn
    squote sub subf substr swapcase ternary title toDecimal toString toStrings trim trimAll trimPrefix
    trimSuffix trimall trunc tuple typeIs typeIsLike typeOf uniq unset until untilStep untitle upper
    urlJoin urlParse values without wrap wrapWith
    toJson mustToJson toPrettyJson mustToPrettyJson toRawJson mustToRawJson fromJson fromJsonArray mustFromJson
    toYaml mustToYaml toYamlPretty fromYaml fromYamlArray lookup getHostByName toToml mustToToml fromToml
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

  /// Sprig names Helm removes.
  static let absent = ["env", "expandenv"]

  @Test func everyNameIsRegistered() {
    let table = SprigLibrary.functions()
    for name in Self.provided {
      #expect(table[name] != nil, "missing \(name)")
    }
    for name in Self.absent {
      #expect(table[name] == nil, "\(name) must not exist")
    }
  }

  @Test func signaturesMirrorGo() {
    let table = SprigLibrary.functions()
    #expect(table["trunc"]?.parameters == [.int, .string])
    #expect(table["indent"]?.parameters == [.int, .string])
    #expect(table["default"]?.parameters == [.any] && table["default"]?.variadic == .any)
    #expect(table["dict"]?.parameters == [] && table["dict"]?.variadic == .any)
    #expect(table["join"]?.parameters == [.string, .any])
    #expect(table["round"]?.parameters == [.any, .int] && table["round"]?.variadic == .float64)
    #expect(table["merge"]?.parameters == [.map] && table["merge"]?.variadic == .map)
    #expect(table["seq"]?.variadic == .int)
    #expect(table["ternary"]?.parameters == [.any, .any, .bool])
  }
}
