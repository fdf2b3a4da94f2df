/// `helm template`'s release flags: `-g/--generate-name`, `--name-template`, and the flags
/// Helm takes for repository charts and installs, which keep Helm's (lack of) effect on a
/// local chart: `--version`, `--devel`, `--skip-crds`.
struct ReleaseFlags {
  /// The flags, as declared to the parser.
  enum Option {
    static let generateName = OptionSpec.flag(
      "generate-name", short: "g",
      help: "Generate the name (and omit the NAME parameter); helm template keeps release-name.")
    static let nameTemplate = OptionSpec.single(
      "name-template", help: "Specify template used to name the release.")
    static let chartVersion = OptionSpec.single(
      "version",
      help:
        "Chart version constraint for a repository chart; ignored for a local chart path, as Helm ignores it."
    )
    static let devel = OptionSpec.flag(
      "devel", help: "Use development versions too; ignored for a local chart path.")
    static let skipCRDs = OptionSpec.flag(
      "skip-crds", help: "No CRDs are installed; no effect on the rendered output (as in Helm).")
  }

  static let options = [
    Option.generateName, Option.nameTemplate, Option.chartVersion, Option.devel, Option.skipCRDs,
  ]

  var generateName: Bool
  var nameTemplate: String?
  var chartVersion: String?

  init(_ parsed: ParsedArguments) {
    generateName = parsed.flag(Option.generateName)
    nameTemplate = parsed.value(Option.nameTemplate)
    chartVersion = parsed.value(Option.chartVersion)
  }

  /// The release name for an explicit NAME argument (or none), or Helm's error.
  func releaseName(explicit: String?) throws -> String {
    try ReleaseNaming(explicitName: explicit, generateName: generateName, nameTemplate: nameTemplate)
      .releaseName()
  }
}
