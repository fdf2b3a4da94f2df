import GoLib
import Values

/// One YAML document of a manifest stream: its node tree with source positions, and its
/// value as Helm/Kubernetes decode it (sigs.k8s.io/yaml: YAML 1.1 → JSON, numbers `.float`).
public struct ManifestDocument: Sendable {
  /// The document's root node; nil for an empty document (only comments or nothing).
  public let root: YAMLNode?
  /// 1-based line where the document's content starts in the stream it was read from.
  public let startLine: Int

  /// A document without nodes (only comments, or nothing) starting at `startLine`.
  public static func empty(startLine: Int) -> ManifestDocument {
    ManifestDocument(root: nil, startLine: startLine)
  }

  /// The document as a Go value (`map[string]interface {}` for objects; `.null` when empty).
  /// `stringFields` mimics decoding into a Go struct (see `YAMLReader.unmarshalMap`).
  public func value(stringFields: (([String]) -> Bool)? = nil) throws -> Value {
    guard let root else { return .null }
    if stringFields == nil, let plain = PlainDocumentDecoder.value(of: root) { return plain }
    do {
      let decoded = try GoYAMLDecoder.decode(root)
      let jsonable = try YAMLToJSON.convert(decoded, stringTarget: stringFields)
      try YAMLToJSON.checkMarshalable(jsonable)
      return YAMLToJSON.toValue(jsonable)
    } catch let e as YAMLError {
      throw YAMLError("error converting YAML to JSON: " + e.message, line: e.line)
    }
  }

  /// The document's value with only the root mapping's entries under `keys` (and its merge
  /// keys) decoded, exactly as `value()` decodes them: for a reader that needs only part of a
  /// document already known to decode (a recorded render). A root that is not a mapping
  /// decodes whole.
  public func value(keepingRootKeys keys: Set<String>) throws -> Value {
    guard let root, root.kind == .mapping else { return try value() }
    let kept = YAMLNode(
      kind: .mapping, tag: root.tag, anchor: nil, value: "", style: root.style,
      plainImplicit: root.plainImplicit,
      mark: root.mark)
    for (k, v) in root.pairs
    where k.kind == .scalar && (keys.contains(k.value) || k.value == "<<") {
      kept.children.append(k)
      kept.children.append(v)
    }
    return try ManifestDocument(root: kept, startLine: startLine).value()
  }

  /// The scalar at `path` (`["metadata", "name"]`) as a Go `string` struct field receives
  /// it (numbers and booleans stringified the sigs.k8s.io/yaml way); nil if absent or not a scalar.
  public func string(at path: [String]) -> String? {
    guard let n = node(at: path) else { return nil }
    return ManifestDocument.stringField(n)
  }

  private func node(at path: [String]) -> YAMLNode? {
    guard var n = root else { return nil }
    for key in path {
      n = n.resolved
      guard n.kind == .mapping, let next = ManifestDocument.lookup(n, key: key, depth: 0) else { return nil }
      n = next
    }
    return n.resolved
  }

  private static func stringField(_ n: YAMLNode) -> String? {
    guard n.kind == .scalar, let resolved = try? GoYAMLDecoder.resolveScalar(n) else { return nil }
    if case .uint(let u) = resolved { return String(u) }  // a Go string field takes it; a map key does not
    return keyText(resolved)
  }

  /// `apiVersion`, `kind` and `metadata.name` (empty when absent), as Helm's `SimpleHead` reads them.
  public var apiVersion: String { string(at: ["apiVersion"]) ?? "" }
  public var kind: String { string(at: ["kind"]) ?? "" }
  public var name: String { string(at: ["metadata", "name"]) ?? "" }

  /// `metadata.annotations` as a Go `map[string]string` (values stringified; nulls dropped).
  public var annotations: [String: String] {
    guard let a = node(at: ["metadata", "annotations"]), a.kind == .mapping,
      let decoded = try? GoYAMLDecoder.decode(a), case .map(let entries) = decoded
    else { return [:] }
    var out: [String: String] = [:]
    for (k, v) in entries {
      guard let key = ManifestDocument.keyText(k) else { continue }
      switch v {
      case .string(let s): out[key] = s
      case .int(let i): out[key] = String(i)
      case .uint(let u): out[key] = String(u)
      case .float(let f): out[key] = GoFormatter.formatFloat(f, bitSize: 32)
      case .bool(let b): out[key] = b ? "true" : "false"
      default: out.removeValue(forKey: key)
      }
    }
    return out
  }

  private static func keyText(_ k: GoYAMLValue) -> String? {
    switch k {
    case .string(let s): return s
    case .int(let i): return String(i)
    case .bool(let b): return b ? "true" : "false"
    case .float(let f): return GoFormatter.formatFloat(f, bitSize: 32)
    default: return nil
    }
  }

  /// The node a JSON pointer (`/spec/containers/0/image`, RFC 6901 escapes) designates,
  /// following aliases and merge keys as decoding does; nil if absent.
  public func node(atPointer pointer: String) -> YAMLNode? {
    guard var node = root else { return nil }
    if pointer.isEmpty { return node }
    for token in JSONPointerToken.keys(of: pointer) {
      node = node.resolved
      switch node.kind {
      case .sequence:
        guard let i = Int(token), i >= 0, i < node.children.count else { return nil }
        node = node.children[i]
      case .mapping:
        guard let found = ManifestDocument.lookup(node, key: token, depth: 0) else { return nil }
        node = found
      default:
        return nil
      }
    }
    return node
  }

  /// The deepest existing node along a JSON pointer (for errors about missing properties).
  public func nearestNode(toPointer pointer: String) -> YAMLNode? {
    var tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    while tokens.count > 1 {
      if let n = node(atPointer: tokens.joined(separator: "/")) { return n }
      tokens.removeLast()
    }
    return root
  }

  /// A mapping key as the decoded map holds it (nil for keys no Go string can name).
  private static func keyString(_ n: YAMLNode) -> String? {
    guard n.kind == .scalar, let resolved = try? GoYAMLDecoder.resolveScalar(n) else { return nil }
    return keyText(resolved)
  }

  private static func lookup(_ mapping: YAMLNode, key: String, depth: Int) -> YAMLNode? {
    if depth > 100 { return nil }
    var found: YAMLNode? = nil
    for (k, v) in mapping.pairs {
      if k.kind == .scalar && k.value == "<<" && (k.plainImplicit || k.tag == ScalarResolver.mergeTag) {
        let target = v.resolved
        let sources = target.kind == .sequence ? target.children.reversed().map { $0.resolved } : [target]
        for s in sources where s.kind == .mapping {
          if let hit = lookup(s, key: key, depth: depth + 1) { found = hit }
        }
        continue
      }
      if keyString(k.resolved) == key { found = v }
    }
    return found
  }
}

/// Reads a stream of YAML documents (a rendered manifest, a CRD file) keeping positions.
public enum ManifestReader {
  /// All documents of `text`, split by YAML's own `---`/`...` markers. Syntax errors carry
  /// go-yaml's message (`yaml: line 3: ...`, line relative to the whole stream).
  public static func read(_ text: String) throws -> [ManifestDocument] {
    try YAMLComposer.composeDocuments(text, firstOnly: false).map {
      ManifestDocument(root: $0.root, startLine: $0.startLine)
    }
  }

  /// The one document of `text` (a document cut from a stream, without its `---` line),
  /// read to the end of `text` so any syntax error in it is found; node marks are shifted by
  /// `firstLine` as `readDocument` shifts them. Nil when `text` holds more than one document.
  public static func readSole(_ text: String, firstLine: Int) throws -> ManifestDocument? {
    let docs = try YAMLComposer.composeDocuments(text, firstOnly: false, firstLine: firstLine)
    guard docs.count <= 1 else { return nil }
    guard let d = docs.first else { return ManifestDocument(root: nil, startLine: firstLine) }
    return ManifestDocument(root: d.root, startLine: d.startLine)
  }

  /// The first document of `text`, as `yaml.Unmarshal` sees one already-split document.
  /// `firstLine` is the line of `text`'s first line in the file it came from (Helm splits
  /// rendered files textually); node marks are shifted by it, error messages are not.
  public static func readDocument(_ text: String, firstLine: Int = 1) throws -> ManifestDocument {
    let docs = try YAMLComposer.composeDocuments(text, firstOnly: true, firstLine: firstLine)
    guard let d = docs.first else { return ManifestDocument(root: nil, startLine: firstLine) }
    return ManifestDocument(root: d.root, startLine: d.startLine)
  }
}
