import ArgumentParser
import Charts
import Checking
import EvalProtocol
import Foundation
import Template

/// `chartc render [NAME] CHART [flags]`: a drop-in for `helm template`.
struct RenderCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Locally render templates, exactly as `helm template` does.",
    discussion: """
      Render chart templates locally and display the output.

      Any values that would normally be looked up or retrieved in-cluster will be faked locally. \
      The output is byte-identical to `helm template` of Helm v4.2.3.

      To override values in a chart, use either the '--values' flag and pass in a file or use the \
      '--set' flag and pass configuration from the command line; to force a string value use \
      '--set-string'. You can use '--set-file' to set individual values from a file when the value \
      itself is too long for the command line or is dynamically generated. You can also use \
      '--set-json' to set json values (scalars/objects/arrays) from the command line. \
      Additionally, you can use '--set-literal' to set a single literal string value.
      """
  )

  @Argument(
    help: ArgumentHelp("[NAME] CHART: an optional release name, then a chart directory or .tgz archive."))
  var positional: [String] = []

  @OptionGroup var valueFlags: ValueFlags

  @Option(
    name: [.customShort("a"), .customLong("api-versions")],
    help: "Kubernetes api versions used for Capabilities.APIVersions (multiple can be specified).")
  var apiVersions: [String] = []

  @Flag(name: .customLong("include-crds"), help: "Include CRDs in the templated output.")
  var includeCRDs = false

  @Flag(name: .customLong("skip-tests"), help: "Skip tests from templated output.")
  var skipTests = false

  @Flag(name: .customLong("no-hooks"), help: "Prevent hooks from running during install.")
  var noHooks = false

  @Flag(name: .customLong("is-upgrade"), help: "Set .Release.IsUpgrade instead of .Release.IsInstall.")
  var isUpgrade = false

  @Flag(name: .customLong("skip-schema-validation"), help: "Disable JSON schema validation.")
  var skipSchemaValidation = false

  @Option(
    name: [.customShort("s"), .customLong("show-only")],
    help: "Only show manifests rendered from the given templates.")
  var showOnly: [String] = []

  @Option(
    name: .customLong("output-dir"),
    help: "Writes the executed templates to files in output-dir instead of stdout.")
  var outputDir: String?

  @Flag(name: .customLong("release-name"), help: "Use release name in the output-dir path.")
  var useReleaseNameInOutputDir = false

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: "Output format: stream (Helm's manifest stream) or json ({template path: rendered text}).")
  var output: RenderOutputFormat = .stream

  @Flag(
    name: .customLong("validate"),
    help:
      "Validate the rendered manifests against the Kubernetes and CRD schemas of --kube-version (errors on stderr, exit 1 when invalid)."
  )
  var validateManifests = false

  @OptionGroup(title: "Validation (with --validate)") var validation: ManifestValidationFlags

  func validate() throws {
    if positional.isEmpty || positional.count > 2 {
      // A plain failure, not a ValidationError: Helm exits 1 on a wrong argument count.
      throw CommandFailure("\"chartc render\" requires at least 1 argument and at most 2: [NAME] CHART")
    }
  }

  /// The request these flags describe.
  func makeRequest() -> RenderRequest {
    var request = RenderRequest(chartPath: positional.last!)
    if positional.count == 2 { request.releaseName = positional[0] }
    valueFlags.apply(to: &request)
    request.isUpgrade = isUpgrade
    request.extraAPIVersions = apiVersions.flatMap { $0.split(separator: ",").map(String.init) }
    request.includeCRDs = includeCRDs
    request.skipTests = skipTests
    request.noHooks = noHooks
    request.skipSchemaValidation = skipSchemaValidation
    request.showOnly = showOnly
    return request
  }

  func run() async throws {
    let request = makeRequest()
    let layout = CheckingPipeline.OutputLayout(
      outputDir: outputDir, useReleaseName: useReleaseNameInOutputDir)
    let files: [String: String]
    let manifests: ManifestOutput
    let warnings: [String]
    var release: RenderedRelease? = nil
    do {
      if validateManifests {
        let rendered = try CheckingPipeline().render(request, layout: layout)
        (files, manifests, warnings, release) = (rendered.files, rendered.output, rendered.warnings, rendered)
      } else {
        let rendered = try LargeStack.run {
          try ChartRenderer().render(
            request, outputDir: layout.outputDir, useReleaseName: layout.useReleaseName)
        }
        (files, manifests, warnings) = (rendered.files, rendered.output, rendered.warnings)
      }
    } catch {
      throw CommandFailure.from(error)
    }
    for warning in warnings {
      FileHandle.standardError.write(Data("level=INFO msg=\"\(warning)\"\n".utf8))
    }
    switch output {
    case .json:
      StandardOutput.write(PythonStyleJSON.prettyObject(files))
    case .stream:
      if !manifests.writes.isEmpty {
        do {
          try OutputDirectoryWriter.write(manifests.writes)
        } catch {
          throw CommandFailure.from(error)
        }
      }
      StandardOutput.write(manifests.stdout)
    }
    if let release {
      let report = try await validation.validate(release)
      if !report.isEmpty {
        FileHandle.standardError.write(Data(report.utf8))
        throw ExitCode.failure
      }
    }
  }
}

/// `--output` of `chartc render`.
enum RenderOutputFormat: String, ExpressibleByArgument, CaseIterable {
  case stream, json
}
