import Functions
import GoLib
import Template
import Testing
import Values

/// `required` and `fail` fail a render with Helm's wrapped message, and return "" in lint
/// mode as `helm lint` makes them.
@Suite struct LintModeTests {
  func call(_ table: FunctionTable, _ name: String, _ args: [Value]) throws -> Value {
    try table[name]!.body(FunctionCall(name: name, arguments: args, context: NoEngine()))
  }

  @Test func renderModeFails() {
    let table = SprigLibrary.functions()
    #expect(throws: HelmExecutionError("need x")) { try call(table, "required", [.string("need x"), .null]) }
    #expect(throws: HelmExecutionError("need x")) {
      try call(table, "required", [.string("need x"), .string("")])
    }
    #expect(throws: HelmExecutionError("boom")) { try call(table, "fail", [.string("boom")]) }
    #expect("\(HelmExecutionError("boom"))" == "HELM_ERR_STARTboomHELM_ERR_END")
  }

  @Test func lintModeReturnsEmpty() throws {
    let table = SprigLibrary.functions(lintMode: true)
    #expect(try call(table, "required", [.string("need x"), .null]).stringValue == "")
    #expect(try call(table, "fail", [.string("boom")]).stringValue == "")
    #expect(GoFormatter.formatV(try call(table, "required", [.string("m"), .int(0)])) == "0")
  }
}
