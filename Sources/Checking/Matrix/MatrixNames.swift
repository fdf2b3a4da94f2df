import Foundation
import GoLib
import Validation
import Values
import YAML

/// The check that chart and environment names of `chartc.yaml` can become file names:
/// each names the folder and file of a golden file (`golden/<chart>/<environment>.yaml`),
/// so each must be one plain path component — letters, digits, `.`, `_`, `-`, never `.` or
/// `..` — or `golden update` could write outside `golden/`.
public enum MatrixNames {
  /// Whether `name` can be a chart or environment name.
  public static func isValid(_ name: String) -> Bool {
    guard !name.isEmpty, name.utf8.count <= 253, name != ".", name != ".." else { return false }
    return name.utf8.allSatisfy { c in
      (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
        || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: ".")
        || c == UInt8(ascii: "_")
        || c == UInt8(ascii: "-")
    }
  }

  /// `file:line:column: ...` for every chart or environment name that cannot be a file name.
  static func problems(_ value: Value, document: ManifestDocument, file: String) -> [String] {
    var problems: [String] = []
    func report(_ what: String, _ name: String, at mark: Mark?) {
      let place = mark.map { "\(file):\($0.line):\($0.column)" } ?? file
      problems.append(
        "\(place): \(what) name \(GoStrconv.quote(name)) cannot be a file name (golden/<chart>/<environment>.yaml): use letters, digits, '.', '_' and '-', not '.' or '..'"
      )
    }
    for (index, chart) in (value.mapValue?["charts"]?.sliceItems ?? []).enumerated() {
      guard let chartMap = chart.mapValue else { continue }
      if let name = chartMap["name"]?.stringValue, !isValid(name) {
        report("chart", name, at: document.node(atPointer: "/charts/\(index)/name")?.mark)
      }
      guard let environments = chartMap["environments"]?.mapValue else { continue }
      for env in environments.sortedKeys where !isValid(env) {
        let token = JSONPointerToken.escape(env)
        let key = ManifestErrorLocator.keyNodeForPointer(
          "/charts/\(index)/environments/\(token)", in: document)
        report("environment", env, at: key?.mark)
      }
    }
    return problems
  }
}
