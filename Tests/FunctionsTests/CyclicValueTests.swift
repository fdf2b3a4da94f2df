import Functions
import Template
import Testing
import Values

/// Inputs Go would crash on (self-containing maps) end in errors, never in a crash.
@Suite struct CyclicValueTests {
  @Test func selfContainingMapsFailCleanly() throws {
    let table = SprigLibrary.functions()
    let m = GoMap()
    m["self"] = .map(m)
    let call = { (name: String, args: [Value]) throws -> Value in
      try table[name]!.body(FunctionCall(name: name, arguments: args, context: NoEngine()))
    }
    #expect(throws: (any Error).self) { try call("deepCopy", [.map(m)]) }
    #expect(throws: (any Error).self) { try call("merge", [.map(m), .map(m)]) }
    #expect(try call("deepEqual", [.map(m), .map(m)]).isTruthy)
  }
}
