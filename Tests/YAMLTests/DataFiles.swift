import Foundation
import Values

/// Loads the oracle-made `.jsonl` files under `Data/`.
enum DataFiles {
  static func lines(_ name: String) -> [GoMap] {
    guard let dir = Bundle.module.url(forResource: "Data", withExtension: nil),
      let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    else { return [] }
    return text.split(separator: "\n").compactMap { line in
      if case .map(let m)? = TestJSON.parse(String(line)) { return m }
      return nil
    }
  }

  /// Ids listed one per line (`#` comments) in a text file under `Data/`.
  static func knownDivergences(_ name: String) -> Set<String> {
    guard let dir = Bundle.module.url(forResource: "Data", withExtension: nil),
      let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    else { return [] }
    return Set(
      text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty && !$0.hasPrefix("#")
      })
  }
}
