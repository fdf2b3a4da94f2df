import Functions
import Template
import Testing

/// The complete function map of Helm v4.2.3 (docs/helm-behaviour.md §3: Sprig without
/// `env`/`expandenv`, Helm's functions, Go's builtins) is defined, and nothing more.
@Suite struct FunctionNameTests {
  static let helmFunctionMap = """
    abbrev abbrevboth add add1 add1f addf adler32sum ago all and any append atoi b32dec b32enc b64dec b64enc
    base bcrypt biggest buildCustomCert call camelcase cat ceil chunk clean coalesce compact concat contains
    date dateInZone dateModify date_in_zone date_modify decryptAES deepCopy deepEqual default derivePassword
    dict dig dir div divf duration durationRound empty encryptAES eq ext fail first float64 floor fromJson
    fromJsonArray fromToml fromYaml fromYamlArray ge genCA genCAWithKey genPrivateKey genSelfSignedCert
    genSelfSignedCertWithKey genSignedCert genSignedCertWithKey get getHostByName gt has hasKey hasPrefix
    hasSuffix hello html htmlDate htmlDateInZone htpasswd include indent index initial initials int int64
    isAbs join js kebabcase keys kindIs kindOf last le len list lookup lower lt max maxf merge mergeOverwrite
    min minf mod mul mulf mustAppend mustChunk mustCompact mustDateModify mustDeepCopy mustFirst mustFromJson
    mustHas mustInitial mustLast mustMerge mustMergeOverwrite mustPrepend mustPush mustRegexFind
    mustRegexFindAll mustRegexMatch mustRegexReplaceAll mustRegexReplaceAllLiteral mustRegexSplit mustRest
    mustReverse mustSlice mustToDate mustToJson mustToPrettyJson mustToRawJson mustToToml mustToYaml mustUniq
    mustWithout must_date_modify ne nindent nospace not now omit or osBase osClean osDir osExt osIsAbs pick
    pluck plural prepend print printf println push quote randAlpha randAlphaNum randAscii randBytes randInt
    randNumeric regexFind regexFindAll regexMatch regexQuoteMeta regexReplaceAll regexReplaceAllLiteral
    regexSplit repeat replace required rest reverse round semver semverCompare seq set sha1sum sha256sum
    sha512sum shuffle slice snakecase sortAlpha split splitList splitn squote sub subf substr swapcase ternary
    title toDate toDecimal toJson toPrettyJson toRawJson toString toStrings toToml toYaml toYamlPretty tpl
    trim trimAll trimPrefix trimSuffix trimall trunc tuple typeIs typeIsLike typeOf uniq unixEpoch unset until
    untilStep untitle upper urlJoin urlParse urlquery uuidv4 values without wrap wrapWith
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

  static func installed() -> Set<String> {
    var table = SprigLibrary.functions()
    table.merge(HelmFunctions.yamlFunctions)
    table.merge(HelmFunctions.engineFunctions())
    return Set(table.functions.keys).union(TemplateSet.builtinFunctionNames)
  }

  @Test func everyHelmFunctionIsDefined() {
    #expect(Self.helmFunctionMap.count == 240)
    let installed = Self.installed()
    for name in Self.helmFunctionMap {
      #expect(installed.contains(name), "missing \(name)")
    }
  }

  @Test func nothingBeyondHelmsMap() {
    let extra = Self.installed().subtracting(Self.helmFunctionMap)
    #expect(extra.isEmpty, "not in Helm's function map: \(extra.sorted())")
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
