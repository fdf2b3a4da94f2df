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
}
