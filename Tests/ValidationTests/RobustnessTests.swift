import Testing
import Validation
import Values

/// Hostile inputs end in errors, never crashes.
@Suite struct RobustnessTests {
  @Test func selfReferenceIsBounded() throws {
    let schema = try CompiledSchema(TestSupport.json(##"{"$ref": "#"}"##))
    let errors = schema.validate(.map(["a": .int(1)]))
    #expect(errors.count == 1)
    let loop = try CompiledSchema(
      TestSupport.json(
        ##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}"##))
    #expect(!loop.isValid(.int(1)))
  }

  @Test func deepInstances() throws {
    var text = ""
    for _ in 0..<400 { text += "[" }
    for _ in 0..<400 { text += "]" }
    let deep = try SchemaJSON.parse(text)
    let schema = try CompiledSchema(
      TestSupport.json(
        ##"{"$defs": {"n": {"type": "array", "items": {"$ref": "#/$defs/n"}}}, "$ref": "#/$defs/n"}"##))
    _ = schema.validate(deep)
    var tooDeep = ""
    for _ in 0..<600 { tooDeep += "[" }
    #expect(throws: SchemaJSON.SyntaxError.self) { try SchemaJSON.parse(tooDeep) }
  }

  @Test func badSchemasThrow() {
    for text in [
      #"{"type": "strin"}"#, #"{"pattern": "(["}"#, #"{"minLength": -1}"#, ##"{"$ref": "#/x"}"##,
      #"{"$ref": "other.json"}"#, "5",
    ] {
      #expect(throws: SchemaCompileError.self) { try CompiledSchema(TestSupport.json(text)) }
    }
  }

  @Test func numbersAtTheEdges() throws {
    let schema = try CompiledSchema(
      TestSupport.json(#"{"multipleOf": 0.1, "maximum": 1e308, "minimum": -1e308}"#))
    #expect(schema.isValid(.float(0.3)))
    #expect(!schema.isValid(.float(0.35)))
    #expect(schema.isValid(.int(Int.max)))
    let ints = try CompiledSchema(TestSupport.json(#"{"multipleOf": 3}"#))
    #expect(ints.isValid(.int(Int.min + 2)) == ((Int.min + 2) % 3 == 0))
  }
}
