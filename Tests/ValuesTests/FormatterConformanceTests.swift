import Testing
import Values

/// The fmt cases of the shared conformance suite (copied into Data/fmt.jsonl) and extra
/// oracle cases, run through the template subset; cases needing other template features
/// are counted as unsupported.
@Suite struct FormatterConformanceTests {
  static func report(_ file: String) throws -> (pass: Int, fail: [String], unsupported: Int) {
    var pass = 0
    var fails: [String] = []
    var unsupported = 0
    for c in try OracleCase.load(file) {
      switch c.run() {
      case .pass: pass += 1
      case .fail(let why): fails.append("\(c.id): \(why)")
      case .unsupported: unsupported += 1
      }
    }
    print("\(file): \(pass) pass, \(fails.count) fail, \(unsupported) unsupported")
    return (pass, fails, unsupported)
  }

  @Test(arguments: ["fmt.jsonl", "fmt-extra.jsonl", "json.jsonl", "generated.jsonl"])
  func oracleCases(file: String) throws {
    let r = try Self.report(file)
    for f in r.fail { Issue.record("\(f)") }
    #expect(r.pass > 0)
  }
}
