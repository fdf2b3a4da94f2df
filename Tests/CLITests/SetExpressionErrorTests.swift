import Foundation
import Testing

/// `--set` expressions Helm's strvals parser rejects.
@Suite struct SetExpressionErrorTests {
  /// expression → Helm's first error line: strvals' message (from helm-oracle template, which
  /// calls strvals directly) behind the CLI's `failed parsing --set data: ` (values/options.go).
  static let cases: [(String, String)] = [
    ("a", "key \"a\" has no value"),
    ("a[x]=1", "error parsing index: strconv.Atoi: parsing \"x\": invalid syntax"),
    ("a[99999999999]=1", "index of 99999999999 is greater than maximum supported index of 65536"),
    ("a[-1]=2", "negative -1 index not allowed"),
  ]

  @Test(arguments: cases.indices)
  func rejectedExpression(_ index: Int) throws {
    let (expression, expected) = Self.cases[index]
    let chart = try FixtureChart()
    let stderr = try expectRenderFailure([chart.path, "--set", expression])
    #expect(firstLine(stderr) == "Error: failed parsing --set data: " + expected)
  }

  @Test func missingSetFileNamesFile() throws {
    let chart = try FixtureChart()
    let missing = chart.root.path + "/nope.txt"
    let stderr = try expectRenderFailure([chart.path, "--set-file", "a=\(missing)"])
    #expect(stderr.contains(missing), "\(stderr)")
  }

  @Test func invalidSetJSONFails() throws {
    let chart = try FixtureChart()
    let stderr = try expectRenderFailure([chart.path, "--set-json", "a={not json"])
    #expect(firstLine(stderr) == "Error: failed parsing --set-json data a={not json")
  }
}
