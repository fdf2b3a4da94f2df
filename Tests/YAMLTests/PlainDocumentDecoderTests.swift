import Foundation
import GoLib
import TestSupport
import Testing
import Values

@testable import YAML

/// The one-walk decoder answers exactly what go-yaml and the JSON detour give, on every
/// document of Helm's corpus renders, the CRDs and the product's golden files, and leaves to
/// the full path every shape it does not cover (so errors stay the full path's).
struct PlainDocumentDecoderTests {
  /// The full path alone: go-yaml's decode, the JSON conversion and its checks, `toValue`.
  private func fullPath(_ root: YAMLNode) throws -> Value {
    let jsonable = try YAMLToJSON.convert(try GoYAMLDecoder.decode(root))
    try YAMLToJSON.checkMarshalable(jsonable)
    return YAMLToJSON.toValue(jsonable)
  }

  private func manifestFiles() -> [String] {
    ManifestFiles.paths(everyCase: false)
  }

  @Test func answersWhatTheFullPathGivesOnRealManifests() throws {
    var documents = 0
    var plain = 0
    var mismatches: [String] = []
    for file in manifestFiles() {
      guard let text = try? String(contentsOfFile: file, encoding: .utf8),
        let read = try? ManifestReader.read(text)
      else { continue }
      for document in read {
        guard let root = document.root, let full = try? fullPath(root) else { continue }
        documents += 1
        guard let fast = PlainDocumentDecoder.value(of: root) else { continue }
        plain += 1
        if try GoJSON.encode(fast) != GoJSON.encode(full) {
          mismatches.append("\(file): document at line \(document.startLine)")
        }
      }
    }
    print("plain decoder: \(plain) of \(documents) documents in one walk, \(mismatches.count) mismatches")
    #expect(documents > 1_000)
    #expect(plain * 100 >= documents * 95)  // the fast path is the common one
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  /// Aliases, merge keys, keys that are not strings, tags, NaN and infinities: `fromYaml`
  /// answers what Helm's answers (`helm-oracle eval` of `{{ fromYaml .Values.t | toJson }}`),
  /// and the one walk leaves every error to the full path.
  @Test(arguments: [
    ("a: &x {b: 1}\nc: *x\n", #"{"a":{"b":1},"c":{"b":1}}"#),
    ("base: &b {x: 1}\nd:\n  <<: *b\n  z: 2\n", #"{"base":{"x":1},"d":{"x":1,"z":2}}"#),
    ("\"1\": a\n1: b\n\"1\": c\n", #"{"1":"b"}"#),
    ("true: x\n", #"{"true":"x"}"#),
    ("a: !!int \"12\"\n", #"{"a":12}"#),
    ("a: !!binary aGk=\n", #"{"a":"hi"}"#),
    ("a: .nan\n", #"{"Error":"error converting YAML to JSON: json: unsupported value: NaN"}"#),
    ("a: -.inf\n", #"{"Error":"error converting YAML to JSON: json: unsupported value: -Inf"}"#),
    ("a: !!int x\n", #"{"Error":"error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!int"}"#),
    (
      "[1, 2]: x\n",
      #"{"Error":"error converting YAML to JSON: yaml: invalid map key: []interface {}{1, 2}"}"#
    ),
    (
      "~: x\n",
      #"{"Error":"error converting YAML to JSON: unsupported map key of type: %!s(\u003cnil\u003e), key: \u003cnil\u003e, value: \"x\""}"#
    ),
  ])
  func otherShapesDecodeAsHelmDecodesThem(_ text: String, _ helm: String) throws {
    #expect(try GoJSON.encode(YAMLReader.fromYaml(text)) == helm)
    let root = try #require(try ManifestReader.readDocument(text).root)
    let plain = PlainDocumentDecoder.value(of: root)
    if helm.hasPrefix(#"{"Error""#) {
      #expect(plain == nil)
    } else if let plain {
      #expect(try GoJSON.encode(plain) == helm)
    }
  }

  @Test func deepDocumentsTakeTheFullPath() throws {
    let depth = PlainDocumentDecoder.maxDepth + 10
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    let document = try ManifestReader.readDocument(text)
    #expect(PlainDocumentDecoder.value(of: try #require(document.root)) == nil)
    var value = try document.value()
    var levels = 0
    while case .list(let items) = value {
      levels += 1
      value = items.first ?? .null
    }
    #expect(levels == depth)
  }

  @Test func fromYamlTakesTheOneWalkAndKeepsItsErrors() throws {
    #expect(try GoJSON.encode(YAMLReader.fromYaml("a: 1\nb: [x, yes]\n")) == #"{"a":1,"b":["x",true]}"#)
    #expect(
      try GoJSON.encode(YAMLReader.fromYaml("- a\n"))
        == #"{"Error":"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}"}"#
    )
    #expect(
      try GoJSON.encode(YAMLReader.fromYamlArray("a: 1\n"))
        == #"["error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}"]"#
    )
  }
}
