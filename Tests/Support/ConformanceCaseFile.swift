import Foundation
import Values

/// One line of a conformance case file (`.jsonl`: a template and Helm's output or error,
/// in the protocol of `helm-oracle eval`), read with the project's Go-compatible JSON
/// decoder: objects become `map[string]interface {}`, every number a float64.
public struct ConformanceCaseLine: Sendable {
  /// The whole line as decoded.
  public let fields: GoMap

  public var json: Value { .map(fields) }
  public var id: String { fields["id"]?.stringValue ?? "" }
  public var template: String { fields["template"]?.stringValue ?? "" }
  /// User values (`values`), nil when the line has none.
  public var values: Value? { fields["values"] }
  public var chartValues: String? { fields["chart_values"]?.stringValue }
  public var helpers: String? { fields["helpers"]?.stringValue }
  public var release: String? { fields["release"]?.stringValue }
  public var namespace: String? { fields["namespace"]?.stringValue }
  /// Helm's rendered output, when the case renders.
  public var output: String? { fields["output"]?.stringValue }
  /// Helm's error text, when the case fails.
  public var error: String? { fields["error"]?.stringValue }
}

/// The one reader of conformance case files for every test target.
public enum ConformanceCaseFile {
  /// Every case of JSON-lines text (blank lines skipped). Throws on a line that is not a
  /// JSON object, naming its line number.
  public static func parse(_ text: String, name: String = "<cases>") throws -> [ConformanceCaseLine] {
    var cases: [ConformanceCaseLine] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty { continue }
      guard case .map(let fields) = try GoJSON.decode(trimmed) else {
        throw CaseFileError(description: "\(name):\(index + 1): not a JSON object")
      }
      cases.append(ConformanceCaseLine(fields: fields))
    }
    return cases
  }

  /// Every case of the file at `url`.
  public static func read(_ url: URL) throws -> [ConformanceCaseLine] {
    try parse(String(contentsOf: url, encoding: .utf8), name: url.lastPathComponent)
  }

  /// The cases of `../shared/conformance/templates/<file>`; empty when `../shared` is absent.
  public static func shared(_ file: String) throws -> [ConformanceCaseLine] {
    guard let path = SharedFixtures.shared("conformance/templates/" + file) else { return [] }
    return try read(URL(fileURLWithPath: path))
  }

  /// A case file that cannot be read.
  public struct CaseFileError: Error, CustomStringConvertible {
    public let description: String
  }
}
