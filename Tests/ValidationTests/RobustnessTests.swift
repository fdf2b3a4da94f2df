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

/// Patterns follow Go's RE2 reading (Helm's jsonschema v6).
@Suite struct SchemaRegexTests {
  func matches(_ pattern: String, _ s: String) throws -> Bool {
    let schema = try CompiledSchema(.map(["pattern": .string(pattern)]))
    return schema.isValid(.string(s))
  }

  @Test func asciiClassesAndAnchors() throws {
    #expect(try matches(#"^\d+$"#, "123"))
    #expect(try !matches(#"^\d+$"#, "١٢٣"))
    #expect(try !matches(#"^\w$"#, "é"))
    #expect(try matches(#"^\s$"#, "\t"))
    #expect(try !matches(#"^\s$"#, "\u{00a0}"))
    #expect(try !matches(#"^a$"#, "a\n"))
    #expect(try matches(#"^[\d\s]+$"#, "1 2"))
    #expect(try matches(#"^(?P<x>a)b$"#, "ab"))
    #expect(try matches("b", "abc"))
  }
}
