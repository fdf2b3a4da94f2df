import Foundation
import Testing
import Values

@testable import Validation

/// The lazy reading of bundled schema files (`SchemaJSON.members`, `IndexedJSONObject`)
/// gives what a full parse gives: the same members, the same syntax errors.
@Suite struct IndexedJSONTests {
  static let schemas = SchemaRegistry.locateBundledDirectory() ?? URL(fileURLWithPath: "schemas")

  /// Every member of every bundled schema file, parsed lazily, equals the full parse's.
  @Test func bundledFilesReadLazilyAsParsed() throws {
    var files = ["kubernetes/definitions.json"]
    let crds = try FileManager.default.contentsOfDirectory(
      atPath: Self.schemas.appendingPathComponent("crds").path)
    files += crds.filter { $0.hasSuffix(".json") }.sorted().map { "crds/" + $0 }
    #expect(files.count > 1)
    for file in files {
      let text = try String(contentsOf: Self.schemas.appendingPathComponent(file), encoding: .utf8)
      let full = try #require(try SchemaJSON.parse(text).mapValue, "\(file)")
      for (indexingObjects, checkingValues) in [(false, true), (true, true), (false, false), (true, false)] {
        let lazy = try #require(
          try IndexedJSONObject(text: text, indexingObjects: indexingObjects, checkingValues: checkingValues),
          "\(file)")
        #expect(Set(lazy.keys) == Set(full.storage.keys), "\(file)")
        for (key, value) in full.storage {
          #expect(lazy[key]?.jsonEquals(value) == true, "\(file): \(key)")
          if case .map(let members) = value {
            let nested = try #require(lazy.object(key), "\(file): \(key)")
            #expect(Set(nested.keys) == Set(members.storage.keys), "\(file): \(key)")
            for (name, member) in members.storage {
              #expect(nested[name]?.jsonEquals(member) == true, "\(file): \(key)/\(name)")
            }
          } else {
            #expect(lazy.object(key) == nil, "\(file): \(key)")
          }
        }
      }
    }
  }

  /// Measuring values instead of checking them (chartc's own files) finds the same members
  /// with the same ranges, whatever the values hold: quotes after runs of backslashes,
  /// brackets and braces inside strings, nested and empty containers, bare scalars.
  @Test(arguments: [
    #"{"a": "x\"y", "b": [1, "]", {"c": "}"}], "d": {}}"#,
    #"{"a": "\\", "b": "\\\"]", "c": [[], {}, [[{"x": "\"{"}]]]}"#,
    #"{"a": 12, "b": -1.5e3, "c": true, "d": null, "e" : false }"#,
    #"{"defs": {"x": {"q": "a\\\\"}, "y": [{"r": "}]\"{["}], "z": "\u0022"}, "k": {"m": 1}}"#,
    #"  {"a": ["é", "\ud83d\ude00"] , "b": "\n"}  "#,
  ])
  func measuredValuesGiveTheCheckedRanges(_ text: String) throws {
    let bytes = Array(text.utf8)
    for indexingObjects in [false, true] {
      let checked = try #require(
        try SchemaJSON.members(of: bytes, in: nil, depth: 0, indexingObjects: indexingObjects))
      let measured = try #require(
        try bytes.withUnsafeBufferPointer { buffer throws(SchemaJSON.SyntaxError) in
          try SchemaJSON.members(
            of: buffer, in: nil, depth: 0, indexingObjects: indexingObjects, checkingValues: false)
        })
      #expect(measured.members == checked.members, "\(text)")
      #expect(measured.objects == checked.objects, "\(text)")
    }
  }

  /// Measured values still fail on a text that ends inside one.
  @Test(arguments: [#"{"a": "x"#, #"{"a": [1, "]"#, #"{"a": {"b": [}"#, #"{"a": "\""#])
  func measuredValuesFailWhereTheTextEnds(_ text: String) {
    let bytes = Array(text.utf8)
    #expect(throws: SchemaJSON.SyntaxError.self) {
      try bytes.withUnsafeBufferPointer { buffer throws(SchemaJSON.SyntaxError) in
        try SchemaJSON.members(of: buffer, in: nil, depth: 0, indexingObjects: true, checkingValues: false)
      }
    }
  }

  /// Malformed texts fail with the error (message and offset) a full parse reports; texts
  /// whose root is not an object have no members.
  @Test(arguments: [
    #"{"a": [1, 2}"#, #"{"a": "x\q"}"#, #"{"a": "\u12G4"}"#, #"{"a": tru}"#, #"{"a": 1.}"#, #"{"a": -}"#,
    #"{"a": 1e+}"#, #"{"a" 1}"#, #"{"a": 1,}"#, #"{"a": {"b": "c"}} x"#, #"{"a": "unterminated"#,
    #"{"a": "\"#,
    #"{"a": "\ud800\uZZZZ"}"#, #"{1: 2}"#, #"{"a": [[[{"b": nul}]]]}"#, "", "  ", #"["a", "b"]"#, #""text""#,
    "12", "[1,", #"{"a": "\ud83d\ude00", "b": "\ud83d", "c": "é\n\"/\\\t"}"#,
    String(repeating: "[", count: 600), #"{"a":"# + String(repeating: "[", count: 600),
  ])
  func malformedTextsFailAsParsed(_ text: String) {
    let bytes = Array(text.utf8)
    let parsed = Result { () throws(SchemaJSON.SyntaxError) -> Value in try SchemaJSON.parse(text) }
    let indexed = Result { () throws(SchemaJSON.SyntaxError) -> [String: Range<Int>]? in
      try SchemaJSON.members(of: bytes)
    }
    switch (parsed, indexed) {
    case (.failure(let a), .failure(let b)):
      #expect(a.description == b.description)
    case (.success(let value), .success(let members)):
      guard case .map(let map) = value else {
        #expect(members == nil)
        return
      }
      #expect(Set(members?.keys.map { $0 } ?? []) == Set(map.storage.keys))
      for (key, range) in members ?? [:] {
        let member = try? SchemaJSON.parse(bytes: bytes, range: range, depth: 1)
        #expect(member?.jsonEquals(map.storage[key] ?? .null) == true, "\(key)")
      }
    default:
      Issue.record("parse gave \(parsed), members gave \(indexed)")
    }
  }
}
