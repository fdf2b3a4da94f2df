import Foundation
import Template
import Testing
import Values

@testable import Functions

/// One oracle-made case: a template rendered as `oracle/templates/t.yaml` with
/// `.Values`, and Helm's exact output or error.
struct TOMLCase: Decodable, Sendable, CustomTestStringConvertible {
  let id: String
  let template: String
  let values: AnyJSON?
  let output: String?
  let error: String?
  var testDescription: String { id }

  /// JSON text kept verbatim, decoded into `Value`s with Go's `encoding/json` rules.
  struct AnyJSON: Decodable, Sendable {
    let text: String
    init(from decoder: any Decoder) throws {
      let raw = try JSONSerialization.data(
        withJSONObject: try decoder.singleValueContainer().decode(JSONPassthrough.self).object,
        options: [.fragmentsAllowed])
      text = String(decoding: raw, as: UTF8.self)
    }
  }

  struct JSONPassthrough: Decodable {
    let object: Any
    init(from decoder: any Decoder) throws {
      let c = try decoder.singleValueContainer()
      if c.decodeNil() {
        object = NSNull()
      } else if let b = try? c.decode(Bool.self) {
        object = b
      } else if let d = try? c.decode(Double.self) {
        object = d
      } else if let s = try? c.decode(String.self) {
        object = s
      } else if let a = try? c.decode([JSONPassthrough].self) {
        object = a.map(\.object)
      } else {
        object = try c.decode([String: JSONPassthrough].self).mapValues(\.object)
      }
    }
  }
}

/// Runs every case of Data/toml.jsonl (the Helm conformance cases for `toToml`,
/// `mustToToml` and `fromToml`, and the encoder, decoder and round-trip cases made with
/// `helm-oracle eval`) through the template engine with the full function library.
struct TOMLConformanceTests {
  static let cases: [TOMLCase] = {
    guard let url = Bundle.module.url(forResource: "toml", withExtension: "jsonl", subdirectory: "Data"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [] }
    return text.split(separator: "\n").compactMap {
      try? JSONDecoder().decode(TOMLCase.self, from: Data($0.utf8))
    }
  }()

  static let functions = SprigLibrary.functions()

  static func render(_ c: TOMLCase) -> (output: String?, error: String?) {
    let set = TemplateSet(functions: functions)
    let name = "oracle/templates/t.yaml"
    do {
      try set.parse(name: name, text: c.template)
      let values = try c.values.map { try GoJSON.decode($0.text) } ?? .emptyMap()
      let top = GoMap()
      top["Values"] = values
      return (try set.execute(name: name, data: .map(top)), nil)
    } catch {
      return (nil, HelmErrorFormatter.format(error))
    }
  }

  @Test func dataIsLoaded() {
    #expect(Self.cases.count > 600)
  }

  @Test(arguments: cases)
  func matchesHelm(_ c: TOMLCase) {
    let got = Self.render(c)
    #expect(got.output == c.output)
    #expect(got.error == c.error)
  }
}
