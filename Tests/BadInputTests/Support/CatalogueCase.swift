import Foundation
import TestSupport
import Testing

/// One case of the bad-input catalogue (`Data/cases/<name>/case.json`, made by
/// `scripts/make-bad-input-catalogue.py`): a command line run in the case folder, and the
/// exit status, stderr and stdout expected of it.
struct CatalogueCase: Sendable, CustomTestStringConvertible {
  let name: String
  let folder: URL
  let description: String
  let arguments: [String]
  let stdin: String
  let status: Int32
  let stderr: String
  let stdout: String
  /// `helm` (the expected answer is the oracle's) or `chartc` (Helm has no answer here, or
  /// chartc differs on purpose).
  let source: String
  /// Helm's answer where chartc differs from it, and why.
  let helmStderr: String?
  let divergence: String?

  var testDescription: String { name }

  static let directory = SharedFixtures.packageRoot.appendingPathComponent("Tests/BadInputTests/Data/cases")

  /// Every case, by name.
  static func all() -> [CatalogueCase] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.sorted().compactMap { try? load(name: $0) }
  }

  static func load(name: String) throws -> CatalogueCase {
    let folder = directory.appendingPathComponent(name)
    let data = try Data(contentsOf: folder.appendingPathComponent("case.json"))
    guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw CaseFileError(name: name)
    }
    let helm = json["helm"] as? [String: Any]
    return CatalogueCase(
      name: name, folder: folder, description: json["description"] as? String ?? "",
      arguments: json["args"] as? [String] ?? [], stdin: json["stdin"] as? String ?? "",
      status: Int32(json["status"] as? Int ?? -1), stderr: json["stderr"] as? String ?? "",
      stdout: json["stdout"] as? String ?? "", source: json["source"] as? String ?? "",
      helmStderr: helm?["stderr"] as? String, divergence: json["divergence"] as? String)
  }

  /// Runs the case in a copy of its folder (a case may write files).
  func run() throws -> BoundedRun {
    let scratch = try ScratchFolder()
    let work = scratch.url.appendingPathComponent("case")
    try FileManager.default.copyItem(at: folder, to: work)
    try FileManager.default.removeItem(at: work.appendingPathComponent("case.json"))
    return try BoundedRun.chartc(arguments, in: work, stdin: Array(stdin.utf8))
  }
}

struct CaseFileError: Error, CustomStringConvertible {
  let name: String
  var description: String { "\(name)/case.json is not a JSON object" }
}
