import Testing
import Values

@testable import YAML

/// `values.yaml` documents read as Helm reads them; expected JSON (or error) from helm-oracle.
struct ValuesReaderDataTests {
  @Test(arguments: ["reader-cases.jsonl", "reader-fuzz-cases.jsonl", "reader-garbage-cases.jsonl"])
  func readerCases(file: String) {
    let known = DataFiles.knownDivergences("reader-known-divergences.txt")
    let all = DataFiles.lines(file)
    let cases = all.filter { !known.contains($0["id"]?.stringValue ?? "") }
    if cases.count < all.count {
      print("\(file): \(all.count - cases.count) known libyaml/go-yaml divergences skipped")
    }
    #expect(cases.count >= 100)
    var failures: [String] = []
    for c in cases {
      let id = c["id"]?.stringValue ?? "?"
      let yaml = c["yaml"]?.stringValue ?? ""
      let result = Result { try ValuesReader.read(yaml, fileName: "values.yaml") }
      switch (result, c["json"]?.stringValue, c["error"]?.stringValue) {
      case (.success(let v), let json?, _):
        // The oracle shows chart values after coalescing, which drops null map entries.
        guard let expected = TestJSON.parse(json), valuesEqual(strippingNulls(v), expected) else {
          failures.append("\(id): expected \(json), got \(GoTestPrinter.json(v))")
          continue
        }
      case (.failure(let e), _, let err?):
        let msg = "cannot load values.yaml: " + ((e as? YAMLError)?.message ?? "\(e)")
        if msg != err { failures.append("\(id): expected error \(err)\n   got error \(msg)") }
      case (.success(let v), _, let err?):
        failures.append("\(id): expected error \(err), got \(GoTestPrinter.json(v))")
      case (.failure(let e), let json?, _):
        failures.append("\(id): expected \(json), got error \(e)")
      default:
        failures.append("\(id): malformed case")
      }
    }
    print("\(file): \(cases.count - failures.count)/\(cases.count) pass")
    for f in failures { print(f) }
    #expect(failures.isEmpty)
  }
}

/// Drops null map entries recursively, not inside lists (Helm's coalescing of chart defaults does).
func strippingNulls(_ v: Value) -> Value {
  switch v {
  case .map(let m):
    let out = GoMap()
    for (k, x) in m.storage where !x.isNil { out[k] = strippingNulls(x) }
    return .map(out)
  default: return v
  }
}

/// A compact JSON-ish rendering for failure messages.
enum GoTestPrinter {
  static func json(_ v: Value) -> String {
    switch v {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .int64(let i): return String(i)
    case .float(let f): return "\(f)"
    case .string(let s): return String(reflecting: s)
    case .list(let l): return "[" + l.map(json).joined(separator: ",") + "]"
    case .map(let m):
      return "{"
        + m.sortedKeys.map { String(reflecting: $0) + ":" + json(m.storage[$0]!) }.joined(separator: ",")
        + "}"
    case .object: return "<object>"
    }
  }
}
