import Testing

@testable import Validation

/// `CompiledSchemaCache`: a schema text compiled once is handed back for the same bytes, and
/// only for the same bytes (canonically equivalent texts written differently are different
/// files to Helm's JSON reader).
@Suite struct CompiledSchemaCacheTests {
  static let schema = #"{"type": "object", "properties": {"name": {"type": "string"}}}"#

  @Test func theSameTextIsCompiledOnce() throws {
    let cache = CompiledSchemaCache()
    let first = try cache.compile(text: Self.schema)
    let again = try cache.compile(text: String(Self.schema.utf8.map { Character(Unicode.Scalar($0)) }))
    #expect(first === again)
  }

  @Test func anotherTextIsCompiledAnew() throws {
    let cache = CompiledSchemaCache()
    let first = try cache.compile(text: Self.schema)
    let other = try cache.compile(text: Self.schema.replacingOccurrences(of: "string", with: "integer"))
    #expect(first !== other)
  }

  /// "é" precomposed (U+00E9) and decomposed (e + U+0301): equal as Swift strings, not as
  /// bytes.
  @Test func canonicallyEquivalentTextsAreNotTheSameKey() throws {
    let cache = CompiledSchemaCache()
    let composed = #"{"description": "caf\#u{E9}", "type": "object"}"#
    let decomposed = #"{"description": "cafe\#u{301}", "type": "object"}"#
    #expect(composed == decomposed)
    let a = try cache.compile(text: composed)
    let b = try cache.compile(text: decomposed)
    #expect(a !== b)
    #expect(try cache.compile(text: composed) === a)
  }
}
