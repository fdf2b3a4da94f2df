import GoLib
import Values

/// Helm's `toYaml` and `toYamlPretty`, byte for byte.
///
/// `toYaml` is sigs.k8s.io/yaml's `Marshal`: `json.Marshal`, then go-yaml v2 decodes that JSON
/// (re-typing numbers: integral ones become ints, the rest floats) and encodes it with
/// natural key order and 80-column folding; the final newline is dropped. `toYamlPretty` is
/// yaml.v3's encoder with indent 2 over the value itself (floats `%g`, lists indented).
public enum YAMLWriter {
  /// `toYaml v`: the YAML text, or nil where Helm silently returns "" (unsupported values).
  public static func toYaml(_ v: Value) -> String? {
    try? marshal(v)
  }

  /// `mustToYaml v`: the YAML text, or the error Helm reports.
  public static func marshal(_ v: Value) throws -> String {
    let tree: JSONTree
    do {
      tree = try JSONTree.marshal(v)
    } catch let e as YAMLError {
      throw YAMLError("error marshaling into JSON: " + e.message)
    }
    var emitter = Emitter.v2Document()
    try writeV2(tree, to: &emitter, in: .document)
    return finish(emitter.endDocument())
  }

  /// `toYamlPretty v`: the YAML text, or nil where Helm returns "".
  public static func toYamlPretty(_ v: Value) -> String? {
    var events: [EmitterEvent] = [.streamStart, .documentStart]
    var mapsOnPath: Set<ObjectIdentifier> = []
    guard appendV3(v, to: &events, depth: 0, mapsOnPath: &mapsOnPath) else { return nil }
    events.append(.documentEnd)
    events.append(.streamEnd)
    return finish(Emitter.emit(events, flavor: .v3))
  }

  private static func finish(_ bytes: [UInt8]) -> String {
    var b = bytes
    if b.last == UInt8(ascii: "\n") { b.removeLast() }
    return String(decoding: b, as: UTF8.self)
  }

  // MARK: v2 (via JSON)

  private static func writeV2(_ t: JSONTree, to e: inout Emitter, in context: Emitter.NodeContext) throws {
    switch t {
    case .null:
      e.scalarNode(Array("null".utf8), style: .plain, in: context)
    case .bool(let b):
      e.scalarNode(Array((b ? "true" : "false").utf8), style: .plain, in: context)
    case .number(let text):
      let s: String
      switch ScalarResolver.resolvePlain(text) {
      case .int(let i): s = String(i)
      case .uint(let u): s = String(u)
      case .float(let f): s = yamlFloat(f)
      default: s = text
      }
      e.scalarNode(Array(s.utf8), style: .plain, in: context)
    case .string(let s):
      let scalar = try v2StringScalar(s)
      e.scalarNode(scalar.value, style: scalar.style, in: context)
    case .array(let items):
      if items.isEmpty { return e.emptyCollection(mapping: false, in: context) }
      e.beginBlockSequence(in: context)
      for item in items {
        e.sequenceItem()
        try writeV2(item, to: &e, in: .item)
      }
      e.endBlockCollection()
    case .object(let entries):
      if entries.isEmpty { return e.emptyCollection(mapping: true, in: context) }
      e.beginBlockMapping(in: context)
      // json.Marshal's keys are distinct: go-yaml's order is a permutation of the entries.
      for i in NaturalKeyOrder.sortedIndices(entries.map { $0.0 }) {
        let key = try v2StringScalar(entries[i].0)
        e.mappingKey(key.value, style: key.style)
        try writeV2(entries[i].1, to: &e, in: .value)
      }
      e.endBlockCollection()
    }
  }

  /// A string of the JSON text as go-yaml v2 reads it back and writes it: refused when it
  /// holds a character the reader rejects, raw line breaks folded, its style chosen.
  private static func v2StringScalar(_ s: String) throws -> (value: [UInt8], style: ScalarStyle) {
    // ASCII below DEL holds neither a refused character nor a raw NEL to fold.
    if s.utf8.allSatisfy({ $0 < 0x7F }) { return stringScalar(s, v3: false) }
    if JSONTree.hasYAMLForbiddenCharacter(s) {
      throw YAMLError("yaml: control characters are not allowed")
    }
    return stringScalar(JSONTree.foldingRawBreaks(s), v3: false)
  }

  static func yamlFloat(_ f: Double) -> String {
    if f.isNaN { return ".nan" }
    if f.isInfinite { return f < 0 ? "-.inf" : ".inf" }
    return GoFormatter.formatFloat(f)
  }

  /// go-yaml's `stringv`: literal block for multi-line text, plain when the text would read
  /// back as a string, double-quoted otherwise (the emitter may still downgrade the style).
  static func stringEvent(_ s: String, v3: Bool) -> EmitterEvent {
    let scalar = stringScalar(s, v3: v3)
    return .scalar(value: scalar.value, style: scalar.style)
  }

  /// The bytes and requested style of `stringEvent`'s scalar.
  static func stringScalar(_ s: String, v3: Bool) -> (value: [UInt8], style: ScalarStyle) {
    let canUsePlain: Bool
    if case .string = ScalarResolver.resolvePlain(s) {
      canUsePlain = !ScalarResolver.isBase60Float(s) && !(v3 && ScalarResolver.isOldBool(s))
    } else {
      canUsePlain = false
    }
    let style: ScalarStyle
    if s.utf8.contains(0x0A) {
      style = .literal
    } else if canUsePlain {
      style = .plain
    } else {
      style = .doubleQuoted
    }
    return (Array(s.utf8), style)
  }

  // MARK: v3 (direct)

  /// Appends `v`'s events; false for a value yaml.v3 cannot encode (a map containing itself,
  /// on which Helm's encoder never returns), so each map is walked once per path.
  private static func appendV3(
    _ v: Value, to events: inout [EmitterEvent], depth: Int, mapsOnPath: inout Set<ObjectIdentifier>
  ) -> Bool {
    if depth > 10_000 { return false }
    switch v {
    case .null:
      events.append(.scalar(value: Array("null".utf8), style: .plain))
    case .bool(let b):
      events.append(.scalar(value: Array((b ? "true" : "false").utf8), style: .plain))
    case .int(let i):
      events.append(.scalar(value: Array(String(i).utf8), style: .plain))
    case .int64(let i):
      events.append(.scalar(value: Array(String(i).utf8), style: .plain))
    case .float(let f):
      events.append(.scalar(value: Array(yamlFloat(f).utf8), style: .plain))
    case .string(let s):
      events.append(stringEvent(s, v3: true))
    case .list(let items):
      events.append(.sequenceStart(flow: false))
      for item in items {
        guard appendV3(item, to: &events, depth: depth + 1, mapsOnPath: &mapsOnPath) else { return false }
      }
      events.append(.sequenceEnd)
    case .map(let m):
      let id = ObjectIdentifier(m)
      guard mapsOnPath.insert(id).inserted else { return false }
      defer { mapsOnPath.remove(id) }
      events.append(.mappingStart(flow: false))
      for k in NaturalKeyOrder.sorted(Array(m.storage.keys), v3: true) {
        events.append(stringEvent(k, v3: true))
        guard appendV3(m.storage[k] ?? .null, to: &events, depth: depth + 1, mapsOnPath: &mapsOnPath) else {
          return false
        }
      }
      events.append(.mappingEnd)
    case .object(let o):
      if let p = o as? GoPrettyYAMLRepresentable {
        switch p.prettyYAML {
        case .value(let v):
          return appendV3(v, to: &events, depth: depth + 1, mapsOnPath: &mapsOnPath)
        case .plainScalar(let s):
          events.append(.scalar(value: Array(s.utf8), style: .plain))
          return true
        case .fields(let fields):
          events.append(.mappingStart(flow: false))
          for (k, v) in fields {
            events.append(stringEvent(k, v3: true))
            guard appendV3(v, to: &events, depth: depth + 1, mapsOnPath: &mapsOnPath) else { return false }
          }
          events.append(.mappingEnd)
          return true
        }
      }
      if let items = o.sliceItems {
        return appendV3(.list(items), to: &events, depth: depth + 1, mapsOnPath: &mapsOnPath)
      }
      if let e = o as? any GoJSONEncodable, let v = try? e.goJSONValue() {
        return appendV3(v, to: &events, depth: depth + 1, mapsOnPath: &mapsOnPath)
      }
      events.append(.mappingStart(flow: false))
      events.append(.mappingEnd)
    }
    return true
  }
}
