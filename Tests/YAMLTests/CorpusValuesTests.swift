import Foundation
import TestSupport
import Testing
import Values

@testable import YAML

/// Every `values.yaml` of the shared corpus of real charts: read with `ValuesReader`, then
/// written with `toYaml` / `toYamlPretty`; Helm's outputs are stored as FNV-1a hashes.
struct CorpusValuesTests {
  static let corpusRoot = SharedFixtures.shared("corpus") ?? "/nonexistent"

  static func fnv64(_ s: String) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    let hex = String(h, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  @Test func corpusValuesRoundTrip() throws {
    guard FileManager.default.fileExists(atPath: Self.corpusRoot) else {
      print("corpus: shared corpus absent, skipped")
      return
    }
    let cases = DataFiles.lines("corpus-values-hashes.jsonl")
    var failures: [String] = []
    for c in cases {
      let id = c["id"]?.stringValue ?? ""
      let parts = id.split(separator: ":", maxSplits: 1)
      guard parts.count == 2 else { continue }
      let path = Self.corpusRoot + "/" + parts[1]
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        failures.append("\(id): unreadable")
        continue
      }
      do {
        // Helm shows chart defaults after coalescing, which drops null map entries.
        let values = strippingNulls(try ValuesReader.read(text))
        let out =
          (parts[0] == "toYamlPretty" ? YAMLWriter.toYamlPretty(values) : YAMLWriter.toYaml(values)) ?? ""
        if Self.fnv64(out) != c["fnv64"]?.stringValue { failures.append("\(id): output differs") }
      } catch {
        failures.append("\(id): \(error)")
      }
    }
    print("corpus values: \(cases.count - failures.count)/\(cases.count) pass")
    for f in failures { print(f) }
    #expect(failures.isEmpty)
  }
}
