import Charts
import Checking
import Foundation
import Review

/// `chartc golden`: lock the rendered manifests of the project's render matrix.
enum GoldenCommand {
  static let spec = CommandSpec(
    name: "golden",
    abstract: "Check, update or list the golden files of the render matrix in chartc.yaml.",
    subcommands: [GoldenCheck.spec, GoldenUpdate.spec, GoldenList.spec, GoldenRender.spec]
  )
}

extension MatrixSelection {
  /// The golden files of the project and the selected entries.
  func loadGolden() throws -> (GoldenFiles, [RenderMatrix.Entry]) {
    let (matrix, entries) = try load()
    return (GoldenFiles(matrix: matrix), entries)
  }
}

/// `chartc golden check`: render every entry and compare it with its golden file.
struct GoldenCheck: AsynchronousCommand {
  /// The option of golden check itself, as declared to the parser.
  enum Option {
    static let output = OptionSpec.single(
      "output", short: "o", help: "Report format: text, json or junit.",
      values: .choice(GoldenReportFormat.allCases.map(\.rawValue), listed: true), default: "text")
  }

  static let spec = CommandSpec(
    name: "check",
    abstract: "Render the matrix and fail with a unified diff where a golden file drifted.",
    options: MatrixSelection.options + [Option.output] + ColorFlag.options, start: start)

  var selection: MatrixSelection
  var output: GoldenReportFormat
  var color: ColorFlag

  init(_ parsed: ParsedArguments) {
    selection = MatrixSelection(parsed)
    output = parsed.choice(Option.output, default: .text)
    color = ColorFlag(parsed)
  }

  func run() async throws {
    let (golden, entries) = try selection.loadGolden()
    let outcomes = golden.compare(
      await golden.pipeline.renderShowingProgress(matrix: golden.matrix, entries: entries))
    let report = GoldenReport(
      outcomes: outcomes, extra: selection.coversWholeMatrix ? golden.extraGoldenFiles() : [])
    switch output {
    case .text: StandardOutput.write(ReportPainting.golden(report.text, style: color.color.style()))
    case .json: StandardOutput.write(report.json)
    case .junit: StandardOutput.write(report.junit)
    }
    if report.problems > 0 {
      let update = (["chartc", "golden", "update"] + selection.words).joined(separator: " ")
      throw CommandFailure(
        "\(report.problems) of \(report.total) golden files out of date; run `\(update)` to update them")
    }
    if output == .text { StandardOutput.write("\(outcomes.count) golden files up to date\n") }
    let unrecorded = golden.unrecordedGoldenFiles(outcomes, tool: BuildInfo.renderer)
    if !unrecorded.isEmpty {
      FileHandle.standardError.write(
        Data(
          ("note: \(unrecorded.count) golden files are current but their render inputs are not recorded "
            + "(chartc budget renders them instead of reading them); `chartc golden update` records them\n")
            .utf8))
    }
  }
}

/// `--output` of `chartc golden check`.
enum GoldenReportFormat: String, CaseIterable { case text, json, junit }

/// `chartc golden update`: rewrite the golden files that changed.
struct GoldenUpdate: AsynchronousCommand {
  static let spec = CommandSpec(
    name: "update", abstract: "Render the matrix and rewrite the golden files that changed.",
    options: MatrixSelection.options, start: start)

  var selection: MatrixSelection

  init(_ parsed: ParsedArguments) {
    selection = MatrixSelection(parsed)
  }

  func run() async throws {
    let (golden, entries) = try selection.loadGolden()
    let outcomes = golden.compare(
      await golden.pipeline.renderShowingProgress(matrix: golden.matrix, entries: entries))
    let failures = outcomes.compactMap { outcome -> String? in
      if case .failed(let message) = outcome.status { return "\(outcome.entry.golden): \(message)" }
      return nil
    }
    let written: [String]
    let recorded: [String]
    do {
      written = try golden.update(outcomes)
      recorded = try golden.recordInputs(outcomes, tool: BuildInfo.renderer)
    } catch {
      throw CommandFailure("\(error)")
    }
    for path in written { StandardOutput.write("updated  \(path)\n") }
    StandardOutput.write(
      "\(written.count) golden files updated, \(outcomes.count - written.count - failures.count) unchanged\n")
    if !recorded.isEmpty {
      StandardOutput.write("recorded the render inputs of \(recorded.count) golden files\n")
    }
    if !failures.isEmpty { throw CommandFailure(failures.joined(separator: "\n")) }
  }
}

/// `chartc golden list`: print the matrix.
struct GoldenList: SynchronousCommand {
  /// The option of golden list itself, as declared to the parser (its words are not listed
  /// in help, as they never were).
  enum Option {
    static let output = OptionSpec.single(
      "output", short: "o", help: "Output format: text or json.",
      values: .choice(ListFormat.allCases.map(\.rawValue), listed: false), default: "text")
  }

  static let spec = CommandSpec(
    name: "list", abstract: "Print the render matrix (text, or JSON for CI matrices).",
    options: MatrixSelection.options + [Option.output], start: start)

  var selection: MatrixSelection
  var output: ListFormat

  init(_ parsed: ParsedArguments) {
    selection = MatrixSelection(parsed)
    output = parsed.choice(Option.output, default: .text)
  }

  /// `--output` of `chartc golden list`.
  enum ListFormat: String, CaseIterable { case text, json }

  func run() throws {
    let (_, entries) = try selection.load()
    switch output {
    case .text:
      StandardOutput.write(entries.map { "\($0.chart)\t\($0.environment)\t\($0.golden)\n" }.joined())
    case .json: StandardOutput.write(MatrixJSON.encode(entries) + "\n")
    }
  }
}

/// `chartc golden render`: print what the selected matrix entries render to.
struct GoldenRender: AsynchronousCommand {
  static let spec = CommandSpec(
    name: "render",
    abstract: "Render the selected matrix entries to stdout (no golden file is touched).",
    options: MatrixSelection.options, start: start)

  var selection: MatrixSelection

  init(_ parsed: ParsedArguments) {
    selection = MatrixSelection(parsed)
  }

  func run() async throws {
    let (golden, entries) = try selection.loadGolden()
    for render in await golden.pipeline.render(matrix: golden.matrix, entries: entries) {
      do {
        StandardOutput.write(try render.result.get().output.stdout)
      } catch {
        throw CommandFailure.from(error)
      }
    }
  }
}
