import Charts
import Checking
import EvalProtocol
import Foundation
import GoLib
import Template

/// `chartc render [NAME] CHART [flags]`: a drop-in for `helm template`.
struct RenderCommand: SynchronousCommand {
  /// The options of render itself, as declared to the parser.
  enum Option {
    static let outputDir = OptionSpec.single(
      "output-dir", help: "Writes the executed templates to files in output-dir instead of stdout."
    ).completingPaths
    static let releaseName = OptionSpec.flag("release-name", help: "Use release name in the output-dir path.")
    static let output = OptionSpec.single(
      "output", short: "o",
      help: "Output format: stream (Helm's manifest stream) or json ({template path: rendered text}).",
      values: .choice(RenderOutputFormat.allCases.map(\.rawValue), listed: true), default: "stream")
    static let debug = OptionSpec.flag(
      "debug",
      help: "On a render error, print the rendered output (invalid YAML included); verbose output on stderr.")
    static let dependencyUpdate = OptionSpec.flag(
      "dependency-update",
      help: "Resolve dependencies missing from charts/ from their file:// repositories before rendering.")
    static let validate = OptionSpec.flag(
      "validate",
      help:
        "Validate the rendered manifests against the Kubernetes and CRD schemas of --kube-version (errors on stderr, exit 1 when invalid)."
    )
  }

  static let spec = CommandSpec(
    name: "render",
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
      """,
    arguments: [
      ArgumentSpec(valueName: "NAME", help: "The release name (default: release-name)."),
      ArgumentSpec(valueName: "CHART", help: "A chart directory or .tgz archive."),
    ],
    options: RenderFlags.options + ManifestSelectionFlags.options + ReleaseFlags.options
      + [Option.outputDir, Option.releaseName, Option.output, Option.debug] + PostRendererFlags.options
      + [Option.dependencyUpdate] + ColorFlag.options + [Option.validate]
      + ManifestValidationFlags.options.titled("Validation (with --validate)"),
    start: start
  )

  var first: String?
  var second: String?
  var renderFlags: RenderFlags
  var manifestFlags: ManifestSelectionFlags
  var releaseFlags: ReleaseFlags
  var outputDir: String?
  var useReleaseNameInOutputDir: Bool
  var output: RenderOutputFormat
  var debug: Bool
  var postRendering: PostRendererFlags
  var dependencyUpdate: Bool
  var color: ColorFlag
  var validateManifests: Bool
  var validation: ManifestValidationFlags

  init(_ parsed: ParsedArguments) throws {
    first = parsed.positional(0)
    second = parsed.positional(1)
    renderFlags = RenderFlags(parsed)
    manifestFlags = ManifestSelectionFlags(parsed)
    releaseFlags = ReleaseFlags(parsed)
    outputDir = parsed.value(Option.outputDir)
    useReleaseNameInOutputDir = parsed.flag(Option.releaseName)
    output = parsed.choice(Option.output, default: .stream)
    debug = parsed.flag(Option.debug)
    postRendering = PostRendererFlags(parsed)
    dependencyUpdate = parsed.flag(Option.dependencyUpdate)
    color = ColorFlag(parsed)
    validateManifests = parsed.flag(Option.validate)
    validation = ManifestValidationFlags(parsed)
    try validate()
  }

  func validate() throws {
    if first == nil {
      throw CommandFailure("\"chartc render\" requires at least 1 argument and at most 2: [NAME] CHART")
    }
    if postRendering.postRenderer != nil && (output == .json || outputDir != nil) {
      throw CommandFailure(
        "--post-renderer works on the manifest stream: it cannot be combined with -o json or --output-dir")
    }
  }

  /// The request these flags describe.
  func makeRequest() throws -> RenderRequest {
    var request = renderFlags.request(chartPath: second ?? first ?? "")
    request.releaseName = try releaseFlags.releaseName(explicit: second == nil ? nil : first)
    manifestFlags.apply(to: &request)
    return request
  }

  func run() throws {
    // One render, then exit: what it built is left to the system, not freed object by object.
    ExitTeardown.leaveToExit()
    let request = try makeRequest()
    if debug {
      let absolute = URL(fileURLWithPath: request.chartPath).standardizedFileURL.path
      Diagnostics.debug("Original chart version", ("version", releaseFlags.chartVersion ?? ""))
      Diagnostics.debug("Chart path", ("path", absolute))
    }
    var run = TemplateRun(
      request: request, layout: .init(outputDir: outputDir, useReleaseName: useReleaseNameInOutputDir))
    run.resolveLocalDependencies = dependencyUpdate
    run.decodeObjects = validateManifests && postRendering.postRenderer == nil
    run.debugOutputOnFailure = debug
    let rendered: TemplateRun.Output
    do {
      rendered = try run.run()
    } catch {
      if let debugOutput = error.debugOutput {
        StandardOutput.write(debugOutput)
        throw CommandFailure("\(error.error)")
      }
      throw CommandFailure.from(error.error)
    }
    ExitTeardown.keep(rendered)
    for warning in rendered.warnings {
      FileHandle.standardError.write(Data("level=INFO msg=\"\(warning)\"\n".utf8))
    }
    var stream = ""
    if output == .json {
      StandardOutput.write(PythonStyleJSON.prettyObject(rendered.files))
    } else {
      do {
        try OutputDirectoryWriter.write(rendered.manifests.writes)
      } catch {
        throw CommandFailure.from(error)
      }
      stream = try postRendering.run(rendered.manifests.stdout)
      StandardOutput.write(stream)
    }
    var report = ""
    // A plain render never starts the concurrency runtime's threads; a large validation does.
    if let release = rendered.release {
      report = try validation.validate(release)
    } else if validateManifests {
      let kubeVersion = request.kubeVersion ?? KubeVersion.helmDefault.version
      report = try BlockingTask.run { [validation, stream] in
        try await validation.validate(stream: stream, kubeVersion: kubeVersion)
      }
    }
    if !report.isEmpty {
      FileHandle.standardError.write(Data(report.utf8))
      throw ExitStatus.failure
    }
  }
}

/// `--output` of `chartc render`.
enum RenderOutputFormat: String, CaseIterable {
  case stream, json
}
