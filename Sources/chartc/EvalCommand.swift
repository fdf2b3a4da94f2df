import Charts
import EvalProtocol
import Foundation
import GoLib
import Template
import Values

/// `chartc eval`: the protocol of `helm-oracle eval` — JSON lines in, one JSON line out per
/// case (`{"id", "output"}` or `{"id", "error"}`), so any case file runs against both.
struct EvalCommand: SynchronousCommand {
  static let spec = CommandSpec(
    name: "eval",
    abstract: "Render template cases given as JSON lines on stdin (helm-oracle eval's protocol).",
    discussion: """
      Each input line is {"id", "template", "values"?, "chart_values"?, "helpers"?, "release"?, \
      "namespace"?}. The template is rendered as templates/t.yaml of a chart named oracle \
      (version 0.1.0, appVersion "1.0"), with chart_values as its values.yaml and helpers as \
      templates/_helpers.tpl. Each output line is {"id", "output"} or {"id", "error"}.
      """,
    start: start
  )

  init(_ parsed: ParsedArguments) {}

  func run() throws {
    try LargeStack.run { try Self.evaluateLines() }
  }

  /// Reads every case from stdin and prints its result line.
  private static func evaluateLines() throws {
    let renderer = ChartRenderer()
    var lineNumber = 0
    while let line = readLine(strippingNewline: true) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty {
        lineNumber += 1
        continue
      }
      let json: Value
      do {
        json = try GoJSON.decode(trimmed)
      } catch {
        throw CommandFailure("stdin:\(lineNumber + 1): invalid JSON: \(error)")
      }
      let evalCase: OracleEvalCase
      do {
        evalCase = try OracleEvalCase(json: json)
      } catch {
        throw CommandFailure("stdin:\(lineNumber + 1): \(error)")
      }
      let id = Self.idText(evalCase.id, fallback: lineNumber)
      let resultLine: String
      switch evalCase.run(with: renderer) {
      case .success(let output):
        resultLine = "{\"id\": \(id), \"output\": \(PythonStyleJSON.quote(output))}\n"
      case .failure(let failure):
        resultLine = "{\"id\": \(id), \"error\": \(PythonStyleJSON.quote(failure.description))}\n"
      }
      FileHandle.standardOutput.write(Data(resultLine.utf8))
      lineNumber += 1
    }
  }

  /// The case id as Python's json.dumps prints it (a string, or the line number).
  static func idText(_ id: Value, fallback: Int) -> String {
    switch id {
    case .string(let s): return PythonStyleJSON.quote(s)
    case .null: return String(fallback)
    case .float(let f) where f == f.rounded(): return String(Int64(f))
    default: return PythonStyleJSON.quote(GoFormatter.formatV(id))
    }
  }
}
