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

  @Test func aRepeatedKeyKeepsItsLastValue() throws {
    let parsed = try SchemaJSON.parse(#"{"a": 1, "b": {"c": true, "c": false}, "a": [2], "d": {}}"#)
    let top = try #require(parsed.mapValue)
    #expect(top.count == 3)
    #expect(top["a"]?.sliceItems?.count == 1)
    guard case .bool(let c)? = top["b"]?.mapValue?["c"] else {
      Issue.record("b.c is not a boolean")
      return
    }
    #expect(c == false)
    #expect(top["d"]?.mapValue?.count == 0)
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

/// Drafts outside the official suite run here: 2019-09 (`$recursiveRef`) and draft 4.
@Suite struct OtherDraftTests {
  @Test func draft2019RecursiveRefThroughMetaschema() throws {
    let meta = try CompiledSchema(
      TestSupport.json(
        ##"{"$schema": "https://json-schema.org/draft/2019-09/schema", "$ref": "https://json-schema.org/draft/2019-09/schema"}"##
      ))
    #expect(
      meta.isValid(TestSupport.json(#"{"properties": {"a": {"type": "string", "items": [{"minimum": 1}]}}}"#))
    )
    let errors = meta.validate(TestSupport.json(#"{"properties": {"a": {"items": {"minLength": -1}}}}"#))
    #expect(!errors.isEmpty)
  }

  @Test func draft2019RecursiveExtension() throws {
    let tree = TestSupport.json(
      ##"""
      {"$schema": "https://json-schema.org/draft/2019-09/schema", "$id": "http://x/strict-tree",
       "$recursiveAnchor": true, "$ref": "tree", "unevaluatedProperties": false,
       "$defs": {"tree": {"$id": "http://x/tree", "$recursiveAnchor": true, "type": "object",
         "properties": {"data": true, "children": {"type": "array", "items": {"$recursiveRef": "#"}}}}}}
      """##)
    let schema = try CompiledSchema(tree)
    #expect(schema.isValid(TestSupport.json(#"{"children": [{"daat": 1}]}"#)) == false)
    #expect(schema.isValid(TestSupport.json(#"{"children": [{"data": 1}]}"#)))
  }

  @Test func draft4ExclusiveBooleansAndId() throws {
    let schema = try CompiledSchema(
      TestSupport.json(
        ##"{"$schema": "http://json-schema.org/draft-04/schema#", "id": "http://x/root", "maximum": 3, "exclusiveMaximum": true, "definitions": {"s": {"id": "#s", "type": "string"}}, "not": {"$ref": "#s"}}"##
      ))
    #expect(schema.isValid(.int(2)))
    #expect(!schema.isValid(.int(3)))
    #expect(!schema.isValid(.string("x")))
  }
}
