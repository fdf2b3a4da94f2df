import Foundation

/// Locates the package root and `../shared` (the conformance cases, the corpus, the
/// oracle) for every test target, so no test names an absolute path.
public enum SharedFixtures {
  /// The package root, derived from this file's path (`Tests/Support/`).
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared`, or nil when it is absent (a user's fresh clone).
  public static var sharedDirectory: URL? {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// A path inside `../shared`, or nil when `../shared` is absent.
  public static func shared(_ relative: String) -> String? {
    sharedDirectory?.appendingPathComponent(relative).path
  }

  /// A committed list of passing case ids (one per line; `#` comments allowed).
  public static func passList(_ name: String) -> Set<String> {
    let url = packageRoot.appendingPathComponent("Tests/ConformanceTests").appendingPathComponent(name)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return Set(
      text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty && !$0.hasPrefix("#") })
  }

  /// Rewrites a pass list when `CHARTC_UPDATE_PASS_LISTS=1` (the list only grows: ids
  /// already listed are kept).
  public static func updatePassListIfAsked(_ name: String, passing: Set<String>) {
    guard ProcessInfo.processInfo.environment["CHARTC_UPDATE_PASS_LISTS"] == "1" else { return }
    let url = packageRoot.appendingPathComponent("Tests/ConformanceTests").appendingPathComponent(name)
    let all = passList(name).union(passing).sorted()
    try? (all.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
  }
}
