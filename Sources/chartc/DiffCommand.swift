import Charts
import Checking
import Foundation
import Review

/// `chartc diff`: what a change does to the rendered resources, for code review.
struct DiffCommand: AsynchronousCommand {
  /// The options of diff itself, as declared to the parser.
  enum Option {
    static let base = OptionSpec.single(
      "base", help: "The git revision to compare from (renders the matrix of chartc.yaml).")
    static let head = OptionSpec.single(
      "head", help: "The git revision to compare to (default: the working tree).")
    static let oldValues = OptionSpec.repeatable(
      "old-values", help: "Values file for the old side of CHART (can specify multiple)."
    ).completingPaths
    static let newValues = OptionSpec.repeatable(
      "new-values", help: "Values file for the new side of CHART (can specify multiple)."
    ).completingPaths
    static let oldSet = OptionSpec.repeatable(
      "old-set", help: "--set expression for the old side of CHART (can specify multiple).")
    static let newSet = OptionSpec.repeatable(
      "new-set", help: "--set expression for the new side of CHART (can specify multiple).")
    static let output = OptionSpec.single(
      "output", short: "o", help: "Output format: text, markdown, json or html.",
      values: .choice(DiffOutputFormat.allCases.map(\.rawValue), listed: true), default: "text")
    static let context = OptionSpec.single(
      "context", short: "U", help: "Lines of context in text diffs.", values: .integer, default: "3")
    static let ignorePath = OptionSpec.repeatable(
      "ignore-path",
      help:
        "Leave fields out: a path such as 'metadata.labels[\"helm.sh/chart\"]' or '**.annotations[\"checksum/*\"]', or a JSON pointer (can specify multiple)."
    )
    static let suppress = OptionSpec.repeatable(
      "suppress", help: "Leave out resources of this kind (can specify multiple or separate with commas).")
    static let showSecrets = OptionSpec.flag(
      "show-secrets", help: "Show Secret data and stringData values instead of short hashes.")
    static let exitCode = OptionSpec.flag("exit-code", help: "Exit with status 1 when anything changed.")
  }

  static let spec = CommandSpec(
    name: "diff",
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
      """,
    arguments: [
      ArgumentSpec(
        valueName: "inputs",
        help: "OLD NEW (charts, archives or streams), or one CHART with --old-values/--new-values.",
        repeating: true)
    ],
    options: [Option.base, Option.head] + MatrixSelection.options.titled("Matrix (with --base)")
      + ValueFlags.options.titled("Values (OLD NEW and CHART modes)")
      + [
        Option.oldValues, Option.newValues, Option.oldSet, Option.newSet, Option.output, Option.context,
        Option.ignorePath, Option.suppress, Option.showSecrets, Option.exitCode,
      ] + ColorFlag.options,
    start: start
  )

  var inputs: [String]
  var base: String?
  var head: String?
  var selection: MatrixSelection
  var valueFlags: ValueFlags
  var oldValues: [String]
  var newValues: [String]
  var oldSet: [String]
  var newSet: [String]
  var output: DiffOutputFormat
  var context: Int
  var ignorePaths: [String]
  var suppress: [String]
  var showSecrets: Bool
  var exitCode: Bool
  var color: ColorFlag

  init(_ parsed: ParsedArguments) throws {
    inputs = parsed.positionals
    base = parsed.value(Option.base)
    head = parsed.value(Option.head)
    selection = MatrixSelection(parsed)
    valueFlags = ValueFlags(parsed)
    oldValues = parsed.values(Option.oldValues)
    newValues = parsed.values(Option.newValues)
    oldSet = parsed.values(Option.oldSet)
    newSet = parsed.values(Option.newSet)
    output = parsed.choice(Option.output, default: .text)
    context = parsed.integer(Option.context, default: 3)
    ignorePaths = parsed.values(Option.ignorePath)
    suppress = parsed.values(Option.suppress)
    showSecrets = parsed.flag(Option.showSecrets)
    exitCode = parsed.flag(Option.exitCode)
    color = ColorFlag(parsed)
    try validate()
  }

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
    if exitCode && report.hasChanges { throw ExitStatus.failure }
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
enum DiffOutputFormat: String, CaseIterable {
  case text, markdown, json, html
}
