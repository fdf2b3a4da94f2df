import ArgumentParser
import Charts
import Checking
import Foundation
import Review

/// `chartc golden`: lock the rendered manifests of the project's render matrix.
struct GoldenCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "golden",
    abstract: "Check, update or list the golden files of the render matrix in chartc.yaml.",
    subcommands: [GoldenCheck.self, GoldenUpdate.self, GoldenList.self, GoldenRender.self]
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
struct GoldenCheck: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Render the matrix and fail with a unified diff where a golden file drifted.")

  @OptionGroup var selection: MatrixSelection

  @Option(name: [.customShort("o"), .customLong("output")], help: "Report format: text, json or junit.")
  var output: GoldenReportFormat = .text

  @OptionGroup var color: ColorFlag

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
enum GoldenReportFormat: String, ExpressibleByArgument, CaseIterable { case text, json, junit }

/// `chartc golden update`: rewrite the golden files that changed.
struct GoldenUpdate: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "update", abstract: "Render the matrix and rewrite the golden files that changed.")

  @OptionGroup var selection: MatrixSelection

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
struct GoldenList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "Print the render matrix (text, or JSON for CI matrices).")

  @OptionGroup var selection: MatrixSelection

  @Option(name: [.customShort("o"), .customLong("output")], help: "Output format: text or json.")
  var output: ListFormat = .text

  enum ListFormat: String, ExpressibleByArgument { case text, json }

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
struct GoldenRender: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render the selected matrix entries to stdout (no golden file is touched).")

  @OptionGroup var selection: MatrixSelection

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
