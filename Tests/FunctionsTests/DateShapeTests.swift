import Foundation
import Template
import Testing
import Values

@testable import Functions
@testable import GoLib

/// Clock-dependent date functions, checked through their shape.
struct DateShapeTests {
  @Test func nowPrintsLikeGoWithMonotonicReading() throws {
    let now = GoTime.now()
    let text = now.string
    let re = try GoRegexp(#"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC m=\+\d+\.\d{9}$"#)
    #expect(re.matches(text), "\(text)")
    // Add keeps the reading, UTC drops it.
    let later = now.adding(nanoseconds: 3_600_000_000_000).string
    let reading = Double(later.split(separator: "=").last.map { String($0.dropFirst()) } ?? "") ?? 0
    #expect(reading >= 3600, "\(later)")
    #expect(!now.inLocation(.utc).string.contains(" m="))
    #expect(GoTime(unix: 0).string == "1970-01-01 00:00:00 +0000 UTC")
  }

  @Test func agoAndDurationRoundOfNow() throws {
    let t = DateFunctions.table
    final class NoContext: ExecutionContext {
      func executeTemplate(named name: String, data: Value) throws -> String { "" }
      func executeText(_ text: String, named name: String, data: Value) throws -> String { "" }
    }
    let ago = try t["ago"]!.body(
      FunctionCall(name: "ago", arguments: [.object(GoTime.now())], context: NoContext()))
    #expect(ago.stringValue == "0s")
    let hourAgo = GoTime.now().adding(nanoseconds: -7_200_000_000_000)
    let r = try t["durationRound"]!.body(
      FunctionCall(name: "durationRound", arguments: [.object(hourAgo)], context: NoContext()))
    #expect(r.stringValue == "2h" || r.stringValue == "119m")
  }

  @Test func regexCompilesEachPatternOnce() throws {
    let pattern = "^cache-test-[0-9]+$"
    for i in 0..<1000 { #expect(try GoRegexp(pattern).matches("cache-test-\(i)")) }
    #expect(RegexProgramCache.shared.compilations(of: pattern) <= 1)
  }
}
