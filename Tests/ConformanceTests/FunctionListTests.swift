import Charts
import Foundation
import TestSupport
import Testing

/// Every function Helm v4 installs must be callable from a chartc template: the list is
/// taken from the behaviour spec (`../shared/docs/helm-behaviour.md` §3), and `env` and
/// `expandenv`, which Helm removes, must stay absent.
@Suite struct FunctionListTests {
  /// The function names listed in the spec: the line after the `**Functions** (N, ...)` line.
  static func specifiedNames() throws -> [String]? {
    guard let shared = SharedFixtures.sharedDirectory else { return nil }
    let text = try String(
      contentsOf: shared.appendingPathComponent("docs/helm-behaviour.md"), encoding: .utf8)
    let lines = text.components(separatedBy: "\n")
    guard let header = lines.firstIndex(where: { $0.hasPrefix("**Functions**") }), header + 1 < lines.count
    else {
      return nil
    }
    return lines[header + 1].split(separator: " ").map(String.init)
  }

  @Test func everySpecifiedFunctionExists() throws {
    guard let names = try Self.specifiedNames() else {
      print("[functions] skipped: ../shared/docs/helm-behaviour.md is absent")
      return
    }
    #expect(names.count == 240, "the spec lists \(names.count) functions")
    let available = Set(RenderEngine().allFunctionNames)
    let missing = names.filter { !available.contains($0) }
    #expect(missing.isEmpty, "functions missing: \(missing.joined(separator: " "))")
  }

  @Test func removedFunctionsStayAbsent() {
    let available = Set(RenderEngine().allFunctionNames)
    #expect(!available.contains("env"))
    #expect(!available.contains("expandenv"))
  }
}
