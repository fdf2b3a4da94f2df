import ArgumentParser
import Charts
import Foundation

/// `chartc render [NAME] CHART [flags]`: a drop-in for `helm template`.
struct RenderCommand: ParsableCommand {
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

  func run() throws {
    let request = makeRequest()
    let result: ChartRenderer.Result
    let outputDir = outputDir
    let useReleaseName = useReleaseNameInOutputDir
    do {
      result = try LargeStack.run {
        try ChartRenderer().render(request, outputDir: outputDir, useReleaseName: useReleaseName)
      }
    } catch {
      throw CommandFailure.from(error)
    }
    for warning in result.warnings {
      FileHandle.standardError.write(Data("level=INFO msg=\"\(warning)\"\n".utf8))
    }
    switch output {
    case .json:
      StandardOutput.write(PythonStyleJSON.prettyObject(result.files))
    case .stream:
      if !result.output.writes.isEmpty {
        try OutputDirectoryWriter.write(result.output.writes)
      }
      StandardOutput.write(result.output.stdout)
    }
    if validateManifests,
      !(try RenderValidation.check(result: result, request: request, flags: validation))
    {
      throw ExitCode.failure
    }
  }
}

/// `--output` of `chartc render`.
enum RenderOutputFormat: String, ExpressibleByArgument, CaseIterable {
  case stream, json
}

/// Runs work on a thread with a 1 GiB stack — Go's own goroutine stack ceiling — so input
/// nested as deeply as Helm accepts (deep `--set` indexes, recursive templates up to Go's
/// depth limits) recurses as far as it does in Helm instead of overflowing the 8 MiB main
/// thread. The memory is reserved, not committed: pages are touched only as the stack grows.
/// Should the system refuse such a thread, the work runs on the calling thread instead.
enum LargeStack {
  static let size = 1 << 30

  static func run<T>(_ work: @escaping () throws -> T) throws -> T {
    let box = WorkBox(work)
    let job = Unmanaged.passRetained(Job { box.result = Result { try box.work() } })
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, size)
    var thread = pthread_t()
    let created = pthread_create(
      &thread, &attributes,
      { raw in
        guard let raw else { return nil }
        Unmanaged<Job>.fromOpaque(raw).takeRetainedValue().body()
        return nil
      }, job.toOpaque())
    guard created == 0 else {
      job.release()
      return try work()
    }
    pthread_join(thread, nil)
    guard let result = box.result else {
      throw CommandFailure("internal error: render thread ended without a result")
    }
    return try result.get()
  }

  /// What the thread runs (a plain class, so a C thread entry point can take it).
  private final class Job {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
  }

  /// The work and its result, handed between the two threads; `pthread_join` orders them.
  private final class WorkBox<T>: @unchecked Sendable {
    let work: () throws -> T
    var result: Result<T, any Error>?
    init(_ work: @escaping () throws -> T) { self.work = work }
  }
}
