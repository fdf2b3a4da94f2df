import ArgumentParser
import Charts

/// `helm template`'s flags that choose which manifests the output holds: CRDs, tests,
/// hooks and `--show-only` templates.
struct ManifestSelectionFlags: ParsableArguments {
  @Flag(name: .customLong("include-crds"), help: "Include CRDs in the templated output.")
  var includeCRDs = false

  @Flag(name: .customLong("skip-tests"), help: "Skip tests from templated output.")
  var skipTests = false

  @Flag(name: .customLong("no-hooks"), help: "Prevent hooks from running during install.")
  var noHooks = false

  @Option(
    name: [.customShort("s"), .customLong("show-only")],
    help: "Only show manifests rendered from the given templates.")
  var showOnly: [String] = []

  func apply(to request: inout RenderRequest) {
    request.includeCRDs = includeCRDs
    request.skipTests = skipTests
    request.noHooks = noHooks
    request.showOnly = showOnly
  }
}
