import ArgumentParser

/// `helm template`'s release flags: `-g/--generate-name`, `--name-template`, and the flags
/// Helm takes for repository charts and installs, which keep Helm's (lack of) effect on a
/// local chart: `--version`, `--devel`, `--skip-crds`.
struct ReleaseFlags: ParsableArguments {
  @Flag(
    name: [.customShort("g"), .customLong("generate-name")],
    help: "Generate the name (and omit the NAME parameter); helm template keeps release-name.")
  var generateName = false

  @Option(name: .customLong("name-template"), help: "Specify template used to name the release.")
  var nameTemplate: String?

  @Option(
    name: .customLong("version"),
    help:
      "Chart version constraint for a repository chart; ignored for a local chart path, as Helm ignores it.")
  var chartVersion: String?

  @Flag(name: .customLong("devel"), help: "Use development versions too; ignored for a local chart path.")
  var devel = false

  @Flag(
    name: .customLong("skip-crds"),
    help: "No CRDs are installed; no effect on the rendered output (as in Helm).")
  var skipCRDs = false

  /// The release name for an explicit NAME argument (or none), or Helm's error.
  func releaseName(explicit: String?) throws -> String {
    try ReleaseNaming(explicitName: explicit, generateName: generateName, nameTemplate: nameTemplate)
      .releaseName()
  }
}
