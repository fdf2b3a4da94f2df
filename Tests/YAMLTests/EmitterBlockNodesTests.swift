import Testing
import Values

@testable import YAML

/// `toYaml` writes through the node-by-node emitter (`EmitterBlockNodes`); the event-driven
/// emitter it replaced for v2 is the reference. Both must give the same bytes (or the same
/// error) on values made of the scalars where go-yaml's choices turn: styles, indicators,
/// folding past 80 columns, keys past 128 bytes, line breaks, empty collections, nesting.
@Suite struct EmitterBlockNodesTests {
  /// The reference: the JSON tree as a list of events, through `Emitter.emit`.
  static func eventText(_ v: Value) throws -> String {
    let tree = try JSONTree.marshal(v)
    var events: [EmitterEvent] = [.streamStart, .documentStart]
    try append(tree, to: &events)
    events += [.documentEnd, .streamEnd]
    var bytes = Emitter.emit(events, flavor: .v2)
    if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func append(_ t: JSONTree, to events: inout [EmitterEvent]) throws {
    switch t {
    case .null: events.append(.scalar(value: Array("null".utf8), style: .plain))
    case .bool(let b): events.append(.scalar(value: Array((b ? "true" : "false").utf8), style: .plain))
    case .number(let text):
      let s: String
      switch ScalarResolver.resolvePlain(text) {
      case .int(let i): s = String(i)
      case .uint(let u): s = String(u)
      case .float(let f): s = YAMLWriter.yamlFloat(f)
      default: s = text
      }
      events.append(.scalar(value: Array(s.utf8), style: .plain))
    case .string(let s):
      if JSONTree.hasYAMLForbiddenCharacter(s) { throw YAMLError("yaml: control characters are not allowed") }
      events.append(YAMLWriter.stringEvent(JSONTree.foldingRawBreaks(s), v3: false))
    case .array(let items):
      events.append(.sequenceStart(flow: false))
      for item in items { try append(item, to: &events) }
      events.append(.sequenceEnd)
    case .object(let entries):
      events.append(.mappingStart(flow: false))
      let byKey = Dictionary(entries, uniquingKeysWith: { _, last in last })
      for k in NaturalKeyOrder.sorted(entries.map { $0.0 }) {
        if JSONTree.hasYAMLForbiddenCharacter(k) {
          throw YAMLError("yaml: control characters are not allowed")
        }
        events.append(YAMLWriter.stringEvent(JSONTree.foldingRawBreaks(k), v3: false))
        try append(byKey[k] ?? .null, to: &events)
      }
      events.append(.mappingEnd)
    }
  }

  /// Pieces of strings where go-yaml's analysis or writers branch.
  static let pieces: [String] = [
    "", " ", "  ", "a", "app", "v1", "true", "no", "1", "0x1F", "1e3", "1:20", "null", "~", "-", "- x", "-x",
    "--flag=1", "---", "...", "a: b", "key:", ":x", "? x", "?x", "#x", " #c", "a#b", "@at", "%p", "`b", "'q'",
    "\"dq\"", "\\", "a,b", "[x]", "{x}", "!t", "&a", "*a", "|x", ">x", "\t", "\n", "\r\n", "\n\n", "x\n", "é",
    "ü ß", "日本", "\u{85}", "\u{2028}", "\u{7}", "\u{FEFF}",
    "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt",
    "averyveryverylongwordwithoutanyspacesatallthatkeepsgoingpasteightycolumnsofoutputtext",
    String(repeating: "k", count: 130),
  ]

  /// A deterministic generator (64-bit LCG), so a failure names a reproducible case.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    mutating func string() -> String {
      (0..<(1 + next(3))).map { _ in EmitterBlockNodesTests.pieces[next(EmitterBlockNodesTests.pieces.count)]
      }
      .joined()
    }
    mutating func value(depth: Int) -> Value {
      switch next(depth > 3 ? 6 : 9) {
      case 0: return .null
      case 1: return .bool(next(2) == 0)
      case 2: return .int(next(100_000) - 50_000)
      case 3: return .float([1.0, 1.5, -0.25, 1e21, 123_456_789.125, 0.000_001][next(6)])
      case 4, 5: return .string(string())
      case 6:
        return .list((0..<next(4)).map { _ in value(depth: depth + 1) })
      default:
        var storage: [String: Value] = [:]
        for _ in 0..<next(5) { storage[string()] = value(depth: depth + 1) }
        return .map(GoMap(storage))
      }
    }
  }

  /// The text, or the error's description.
  static func outcome(_ body: () throws -> String) -> String {
    do { return try body() } catch { return "error: \(error)" }
  }

  @Test func agreesWithTheEventEmitter() {
    var generator = Generator(state: 0x5EED)
    var failures: [String] = []
    for n in 0..<4_000 {
      let v = generator.value(depth: 0)
      let expected = Self.outcome { try Self.eventText(v) }
      let got = Self.outcome { try YAMLWriter.marshal(v) }
      if expected != got {
        failures.append(
          "case \(n): expected \(String(reflecting: expected))\n  got \(String(reflecting: got))")
      }
    }
    #expect(failures.isEmpty, "\(failures.count) differ; first: \(failures.first ?? "")")
  }
}
