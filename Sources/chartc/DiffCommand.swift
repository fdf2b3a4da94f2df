import ArgumentParser
import Charts
import Checking
import Foundation
import Review

/// `chartc diff`: what a change does to the rendered resources, for code review.
struct DiffCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show what a change does to the rendered resources (resource-aware, offline).",
    discussion: """
      Three ways to name the two sides:

        --base REV [--head REV]
            every chart and environment of chartc.yaml at two git revisions
            (no --head: the working tree, uncommitted changes included)
        OLD NEW
            two chart folders, chart archives or rendered streams ('-' reads
            standard input); charts are rendered with the value flags given
        CHART --old-values A --new-values B
            one chart with two value sets (--old-set/--new-set too)

      Resources are matched by API group, kind, namespace and name, and reported as added, removed, \
      changed, renamed or migrated (a new apiVersion), with field-level changes and a unified diff. \
      Secret values are masked unless --show-secrets.
      """
  )

  @Argument(help: "OLD NEW (charts, archives or streams), or one CHART with --old-values/--new-values.")
  var inputs: [String] = []

  @Option(
    name: .customLong("base"), help: "The git revision to compare from (renders the matrix of chartc.yaml).")
  var base: String?

  @Option(name: .customLong("head"), help: "The git revision to compare to (default: the working tree).")
  var head: String?

  @OptionGroup(title: "Matrix (with --base)") var selection: MatrixSelection

  @OptionGroup(title: "Values (OLD NEW and CHART modes)") var valueFlags: ValueFlags

  @Option(
    name: .customLong("old-values"), help: "Values file for the old side of CHART (can specify multiple).")
  var oldValues: [String] = []

  @Option(
    name: .customLong("new-values"), help: "Values file for the new side of CHART (can specify multiple).")
  var newValues: [String] = []

  @Option(
    name: .customLong("old-set"), help: "--set expression for the old side of CHART (can specify multiple).")
  var oldSet: [String] = []

  @Option(
    name: .customLong("new-set"), help: "--set expression for the new side of CHART (can specify multiple).")
  var newSet: [String] = []

  @Option(
    name: [.customShort("o"), .customLong("output")], help: "Output format: text, markdown, json or html.")
  var output: DiffOutputFormat = .text

  @Option(name: [.customShort("U"), .customLong("context")], help: "Lines of context in text diffs.")
  var context: Int = 3

  @Option(
    name: .customLong("ignore-path"),
    help:
      "Leave fields out: a path such as 'metadata.labels[\"helm.sh/chart\"]' or '**.annotations[\"checksum/*\"]', or a JSON pointer (can specify multiple)."
  )
  var ignorePaths: [String] = []

  @Option(
    name: .customLong("suppress"),
    help: "Leave out resources of this kind (can specify multiple or separate with commas).")
  var suppress: [String] = []

  @Flag(
    name: .customLong("show-secrets"), help: "Show Secret data and stringData values instead of short hashes."
  )
  var showSecrets = false

  @Flag(name: .customLong("exit-code"), help: "Exit with status 1 when anything changed.")
  var exitCode = false

  @OptionGroup var color: ColorFlag

  func validate() throws {
    if context < 0 { throw CommandFailure("--context must be 0 or more") }
    if base == nil, head != nil { throw CommandFailure("--head needs --base") }
    if base == nil, selection.narrows {
      throw CommandFailure("--chart, --env and --shard select entries of the render matrix: they need --base")
    }
    if base != nil, !inputs.isEmpty {
      throw CommandFailure("--base compares the render matrix: give no OLD NEW arguments with it")
    }
    let perSide = !(oldValues.isEmpty && newValues.isEmpty && oldSet.isEmpty && newSet.isEmpty)
    if base == nil {
      switch inputs.count {
      case 1 where !perSide:
        throw CommandFailure("one CHART needs --old-values/--new-values or --old-set/--new-set")
      case 1: break
      case 2 where perSide:
        throw CommandFailure("--old-values/--new-values/--old-set/--new-set take one CHART, not OLD NEW")
      case 2: break
      default: throw CommandFailure("give --base REV, OLD NEW, or CHART with --old-values/--new-values")
      }
    }
  }

  func run() async throws {
    let report: DiffReport
    do {
      let options = DiffOptions(
        ignorePaths: try ignorePaths.map(FieldPattern.init),
        suppressedKinds: suppress.flatMap { $0.split(separator: ",").map(String.init) },
        showSecrets: showSecrets, context: context)
      report = try await sides.compare(options: options) {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
      }
    } catch {
      throw CommandFailure("\(error)")
    }
    switch output {
    case .text: StandardOutput.write(DiffTextReport.render(report, style: color.color.style()))
    case .markdown: StandardOutput.write(DiffMarkdownReport.render(report))
    case .json: StandardOutput.write(DiffJSONReport.render(report))
    case .html: StandardOutput.write(DiffHTMLReport.render(report))
    }
    if exitCode && report.hasChanges { throw ExitCode.failure }
  }

  /// The two sides the arguments name.
  private var sides: DiffSides {
    if let base {
      return .revisions(
        project: selection.project, base: base, head: head, charts: selection.charts,
        environments: selection.environments, shard: selection.shard)
    }
    var request = RenderRequest(chartPath: "")
    valueFlags.apply(to: &request)
    if inputs.count == 1 {
      return .valueSets(
        chart: inputs[0], request: request, old: .init(files: oldValues, sets: oldSet),
        new: .init(files: newValues, sets: newSet))
    }
    return .inputs(old: inputs[0], new: inputs[1], request: request)
  }
}

/// `--output` of `chartc diff`.
enum DiffOutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, markdown, json, html
}
