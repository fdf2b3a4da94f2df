import Testing
import Values

@testable import Validation

/// `SchemaPropertyTable` answers as a dictionary keyed by the names' bytes does, for names of every
/// length its hash reads differently (under 4 bytes, under 8, whole words, a tail), non-ASCII
/// names, and names that differ only in one byte; JSON string equality is by scalars.
@Suite struct SchemaPropertyTableTests {
  /// Names of 0…40 bytes, each also in a variant differing in its last byte, its first,
  /// and a decomposed accent.
  static let names: [String] = {
    var names: [String] = []
    for length in 0...40 {
      let base = String((0..<length).map { Character(UnicodeScalar(UInt8(97 + ($0 * 7) % 26))) })
      names.append(base)
      if length > 0 {
        names.append(String(base.dropLast()) + "Z")
        names.append("Z" + String(base.dropFirst()))
      }
    }
    names += ["é", "e\u{301}", "名前", "$ref", "properties", "additionalProperties", "x-kubernetes-preserve"]
    return names
  }()

  @Test func findsWhatADictionaryFinds() {
    // the table holds every other name; the rest must not be found
    let held = Self.names.enumerated().filter { $0.offset % 2 == 0 }.map { ($0.element, $0.offset) }
    let table = SchemaPropertyTable(held.map { (name: $0.0, target: $0.1) })
    // keyed by bytes: Go's map keys, where `é` and `e\u{301}` are two names
    let dictionary = Dictionary(uniqueKeysWithValues: held.map { (Array($0.0.utf8), $0.1) })
    #expect(table.count == held.count)
    for name in Self.names {
      #expect(table[name] == dictionary[Array(name.utf8)], "\(name.debugDescription)")
    }
  }

  @Test func emptyTableFindsNothing() {
    let table = SchemaPropertyTable([])
    #expect(table.isEmpty)
    #expect(table["type"] == nil)
    #expect(table[""] == nil)
  }

  @Test func fullTablesOfManyNames() {
    // many entries: every probe sequence ends, every name is found at its own target
    let many = (0..<5000).map { (name: "property-\($0)", target: $0) }
    let table = SchemaPropertyTable(many)
    for (name, target) in many { #expect(table[name] == target) }
    #expect(table["property-5000"] == nil)
    #expect(table["property-"] == nil)
  }

  @Test(arguments: [
    ("é", "e\u{301}", false), ("é", "é", true), ("", "", true), ("a", "", false),
    ("a string longer than fifteen bytes", "a string longer than fifteen bytes", true),
    ("a string longer than fifteen bytes", "a string longer than fifteen byteZ", false),
  ])
  func stringsAreEqualByScalars(_ a: String, _ b: String, _ equal: Bool) {
    #expect(Value.string(a).jsonEquals(.string(b)) == equal)
  }
}
