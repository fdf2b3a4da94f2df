import Charts

/// `helm template`'s flags that choose which manifests the output holds: CRDs, tests,
/// hooks and `--show-only` templates.
struct ManifestSelectionFlags {
  /// The flags, as declared to the parser.
  enum Option {
    static let includeCRDs = OptionSpec.flag("include-crds", help: "Include CRDs in the templated output.")
    static let skipTests = OptionSpec.flag("skip-tests", help: "Skip tests from templated output.")
    static let noHooks = OptionSpec.flag("no-hooks", help: "Prevent hooks from running during install.")
    static let showOnly = OptionSpec.repeatable(
      "show-only", short: "s", help: "Only show manifests rendered from the given templates.")
  }

  static let options = [Option.includeCRDs, Option.skipTests, Option.noHooks, Option.showOnly]

  var includeCRDs: Bool
  var skipTests: Bool
  var noHooks: Bool
  var showOnly: [String]

  init(_ parsed: ParsedArguments) {
    includeCRDs = parsed.flag(Option.includeCRDs)
    skipTests = parsed.flag(Option.skipTests)
    noHooks = parsed.flag(Option.noHooks)
    showOnly = parsed.values(Option.showOnly)
  }

  func apply(to request: inout RenderRequest) {
    request.includeCRDs = includeCRDs
    request.skipTests = skipTests
    request.noHooks = noHooks
    request.showOnly = showOnly
  }
}
