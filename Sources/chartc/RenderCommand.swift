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
    usage: "chartc render [NAME] CHART [flags]",
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

      Helm's flags for remote charts and clusters keep Helm's meaning with a local chart: \
      --version and --devel are ignored for a chart path (as Helm ignores them), --skip-crds has \
      no effect on rendering, -g/--generate-name keeps the name release-name (helm template \
      presets it) and refuses an explicit NAME.
      """
  )

  @Argument(help: ArgumentHelp("The release name (default: release-name).", valueName: "NAME"))
  var first: String?

  @Argument(help: ArgumentHelp("A chart directory or .tgz archive.", valueName: "CHART"))
  var second: String?

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

  @Option(
    name: .customLong("version"),
    help:
      "Chart version constraint for a repository chart; ignored for a local chart path, as Helm ignores it.")
  var chartVersion: String?

  @Flag(name: .customLong("devel"), help: "Use development versions too; ignored for a local chart path.")
  var devel = false

  @Flag(
    name: .customLong("debug"),
    help: "On a render error, print the rendered output (invalid YAML included); verbose output on stderr.")
  var debug = false

  @Flag(
    name: [.customShort("g"), .customLong("generate-name")],
    help: "Generate the name (and omit the NAME parameter); helm template keeps release-name.")
  var generateName = false

  @Option(name: .customLong("name-template"), help: "Specify template used to name the release.")
  var nameTemplate: String?

  @Flag(
    name: .customLong("skip-crds"),
    help: "No CRDs are installed; no effect on the rendered output (as in Helm).")
  var skipCRDs = false

  @Option(
    name: .customLong("post-renderer"),
    help: "An executable that receives the rendered manifests on stdin; its stdout replaces them.")
  var postRenderer: String?

  @Option(
    name: .customLong("post-renderer-args"), help: "An argument to the post-renderer (can specify multiple).")
  var postRendererArgs: [String] = []

  @Flag(
    name: .customLong("dependency-update"),
    help: "Resolve dependencies missing from charts/ from their file:// repositories before rendering.")
  var dependencyUpdate = false

  @OptionGroup var color: ColorFlag

  @Flag(
    name: .customLong("validate"),
    help:
      "Validate the rendered manifests against the Kubernetes and CRD schemas of --kube-version (errors on stderr, exit 1 when invalid)."
  )
  var validateManifests = false

  @OptionGroup(title: "Validation (with --validate)") var validation: ManifestValidationFlags

  func validate() throws {
    if first == nil {
      // A plain failure, not a ValidationError: Helm exits 1 on a wrong argument count.
      throw CommandFailure("\"chartc render\" requires at least 1 argument and at most 2: [NAME] CHART")
    }
    if postRenderer != nil && (output == .json || outputDir != nil) {
      throw CommandFailure(
        "--post-renderer works on the manifest stream: it cannot be combined with -o json or --output-dir")
    }
  }

  /// The chart argument (the last positional).
  var chartPath: String { second ?? first ?? "" }

  /// The request these flags describe.
  func makeRequest() throws -> RenderRequest {
    var request = RenderRequest(chartPath: chartPath)
    request.releaseName = try ReleaseNaming(
      explicitName: second == nil ? nil : first, generateName: generateName, nameTemplate: nameTemplate
    ).releaseName()
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
    let request = try makeRequest()
    if debug {
      let absolute = URL(fileURLWithPath: request.chartPath).standardizedFileURL.path
      Diagnostics.debug("Original chart version", ("version", chartVersion ?? ""))
      Diagnostics.debug("Chart path", ("path", absolute))
    }
    let layout = CheckingPipeline.OutputLayout(
      outputDir: outputDir, useReleaseName: useReleaseNameInOutputDir)
    let files: [String: String]
    let manifests: ManifestOutput
    let warnings: [String]
    var release: RenderedRelease? = nil
    var chart: Chart? = nil
    do {
      var loaded = try LargeStack.run { try ChartLoader.load(path: request.chartPath) }
      if dependencyUpdate { loaded = try LocalDependencyUpdate.resolve(loaded, chartPath: request.chartPath) }
      chart = loaded
      if validateManifests {
        let rendered = try CheckingPipeline().render(request, loaded: loaded, layout: layout)
        (files, manifests, warnings, release) = (rendered.files, rendered.output, rendered.warnings, rendered)
      } else {
        let rendered = try LargeStack.run {
          try ChartRenderer().render(
            chart: loaded, userValues: try UserValues.load(request), request: request,
            outputDir: layout.outputDir, useReleaseName: layout.useReleaseName)
        }
        (files, manifests, warnings) = (rendered.files, rendered.output, rendered.warnings)
      }
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      if debug, let chart, let render = error as? RenderError, render.isRenderStage {
        StandardOutput.write(RenderDebugOutput.text(chart: chart, request: request))
        throw CommandFailure(render.description)
      }
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
      if let postRenderer {
        let replaced = try PostRenderer(executable: postRenderer, arguments: postRendererArgs).run(
          manifests.stdout)
        StandardOutput.write(replaced)
        if validateManifests {
          try await validation.validatePostRendered(
            replaced, kubeVersion: request.kubeVersion ?? KubeVersion.helmDefault.version)
        }
        return
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
