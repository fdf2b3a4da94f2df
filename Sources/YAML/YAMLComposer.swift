import CYAML
import Values

/// Runs libyaml's event parser and composes node trees, reporting errors in go-yaml v2's
/// words (`yaml: line 3: mapping values are not allowed in this context`).
enum YAMLComposer {
  /// Maximum nesting of collections, as go-yaml's `max_flow_level`/`max_indents`.
  static let maxDepth = 10_000

  /// Composes the documents of `text`. With `firstOnly`, stops after the first document
  /// (go-yaml's `Unmarshal` reads one). Returns nil entries for nothing: an empty stream
  /// gives an empty array.
  static func compose(_ text: String, firstOnly: Bool) throws -> [YAMLNode] {
    try composeDocuments(text, firstOnly: firstOnly).compactMap { $0.root }
  }

  /// A composed document: its root (nil when the document holds no node) and start line.
  struct Document {
    let root: YAMLNode?
    let startLine: Int
  }

  /// Composes every document, keeping empty ones (root nil).
  static func composeDocuments(_ text: String, firstOnly: Bool, firstLine: Int = 1) throws -> [Document] {
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) != 0 else { throw YAMLError("yaml: out of memory") }
    defer { yaml_parser_delete(parser) }
    // libyaml skips a BOM at the start of any line; go-yaml (whose `is_bom` only looks at the
    // start of its buffer) keeps it as an ordinary character. Later BOMs are swapped for a
    // private-use sentinel and restored in scalar text.
    // The bytes Go holds: a carried byte that is not UTF-8 reaches libyaml's UTF-8 check.
    var bytes = GoByteString.bytes(text)
    let bomSwapped = YAMLComposer.swapInnerBOMs(&bytes)
    return try bytes.withUnsafeBufferPointer { buf -> [Document] in
      yaml_parser_set_input_string(parser, buf.baseAddress ?? UnsafePointer(bitPattern: 1), buf.count)
      yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
      return try run(parser, firstOnly: firstOnly, restoreBOM: bomSwapped, lineOffset: firstLine - 1)
    }
  }

  private static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
  /// U+10FFFD, a private-use character libyaml reads as ordinary printable text.
  private static let sentinel: [UInt8] = [0xF4, 0x8F, 0xBF, 0xBD]

  private static func swapInnerBOMs(_ b: inout [UInt8]) -> Bool {
    guard b.count > 3 else { return false }
    // most streams hold no BOM after their first byte: one plain scan says so
    guard b.withUnsafeBufferPointer({ $0[1...].contains(0xEF) }) else { return false }
    var found = false
    var out: [UInt8] = []
    var i = 0
    while i < b.count {
      if i > 0 && i + 2 < b.count && b[i] == 0xEF && b[i + 1] == 0xBB && b[i + 2] == 0xBF {
        if !found {
          out = Array(b[..<i])
          found = true
        }
        out.append(contentsOf: sentinel)
        i += 3
        continue
      }
      if found { out.append(b[i]) }
      i += 1
    }
    if found { b = out }
    return found
  }

  private static func restoringBOMs(_ s: String) -> String {
    guard s.unicodeScalars.contains("\u{10FFFD}") else { return s }
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars { out.append(u == "\u{10FFFD}" ? "\u{FEFF}" : u) }
    return String(out)
  }

  /// go-yaml's `parser.fail()` message; `line` (the property) is shifted by `lineOffset`.
  private static func failure(_ parser: UnsafeMutablePointer<yaml_parser_t>, _ lineOffset: Int) -> YAMLError {
    let p = parser.pointee
    var line = 0
    if p.problem_mark.line != 0 {
      line = Int(p.problem_mark.line)
      if p.error == YAML_SCANNER_ERROR { line += 1 }
    } else if p.context_mark.line != 0 {
      line = Int(p.context_mark.line)
    }
    let problem = p.problem.map { String(cString: $0) } ?? "unknown problem parsing YAML content"
    if line != 0 {
      return YAMLError("yaml: line \(line): \(problem)", line: line + lineOffset)
    }
    return YAMLError("yaml: " + problem)
  }

  private static func string(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let p else { return nil }
    return String(cString: UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))
  }

  private static func mark(_ m: yaml_mark_t, _ lineOffset: Int) -> Mark {
    Mark(line: Int(m.line) + 1 + lineOffset, column: Int(m.column) + 1)
  }

  private static func run(
    _ parser: UnsafeMutablePointer<yaml_parser_t>, firstOnly: Bool, restoreBOM: Bool, lineOffset: Int
  ) throws -> [Document] {
    var documents: [Document] = []
    var docStart = 1
    var stack: [YAMLNode] = []
    var anchors: [String: YAMLNode] = [:]
    var root: YAMLNode? = nil
    var event = yaml_event_t()

    func attach(_ node: YAMLNode) {
      if let parent = stack.last {
        parent.children.append(node)
      } else {
        root = node
      }
    }

    while true {
      guard yaml_parser_parse(parser, &event) != 0 else { throw failure(parser, lineOffset) }
      defer { yaml_event_delete(&event) }
      switch event.type {
      case YAML_STREAM_END_EVENT:
        return documents
      case YAML_DOCUMENT_START_EVENT:
        anchors = [:]
        root = nil
        docStart = Int(event.end_mark.line) + 1 + lineOffset
      case YAML_DOCUMENT_END_EVENT:
        // An empty document is one empty plain scalar: keep it as "no node".
        var r = root
        if let n = r, n.kind == .scalar, n.value.isEmpty, n.plainImplicit, n.tag == nil, n.anchor == nil {
          r = nil
        }
        documents.append(Document(root: r, startLine: r?.mark.line ?? docStart))
        if firstOnly { return documents }
      case YAML_ALIAS_EVENT:
        let name = string(event.data.alias.anchor) ?? ""
        guard let target = anchors[name] else {
          throw YAMLError("yaml: unknown anchor '\(name)' referenced")
        }
        let node = YAMLNode(
          kind: .alias, tag: nil, anchor: nil, value: name, style: .plain, plainImplicit: false,
          mark: mark(event.start_mark, lineOffset))
        node.target = target
        node.strongTarget = target
        attach(node)
      case YAML_SCALAR_EVENT:
        let s = event.data.scalar
        var value: String
        if let v = s.value {
          value = String(decoding: UnsafeBufferPointer(start: v, count: s.length), as: UTF8.self)
        } else {
          value = ""
        }
        if restoreBOM { value = restoringBOMs(value) }
        let style: SourceScalarStyle
        switch s.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        let anchor = string(s.anchor)
        let node = YAMLNode(
          kind: .scalar, tag: string(s.tag), anchor: anchor, value: value, style: style,
          plainImplicit: s.plain_implicit != 0, mark: mark(event.start_mark, lineOffset))
        if let anchor { anchors[anchor] = node }
        attach(node)
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        let isSeq = event.type == YAML_SEQUENCE_START_EVENT
        let anchor = string(isSeq ? event.data.sequence_start.anchor : event.data.mapping_start.anchor)
        let tag = string(isSeq ? event.data.sequence_start.tag : event.data.mapping_start.tag)
        if stack.count > maxDepth {
          // go-yaml reports this as a scanner error at the collection's start.
          let line = Int(event.start_mark.line) + 1
          if line == 1 { throw YAMLError("yaml: exceeded max depth of \(maxDepth)", line: 1 + lineOffset) }
          throw YAMLError("yaml: line \(line): exceeded max depth of \(maxDepth)", line: line + lineOffset)
        }
        let node = YAMLNode(
          kind: isSeq ? .sequence : .mapping, tag: tag, anchor: anchor, value: "", style: .plain,
          plainImplicit: false, mark: mark(event.start_mark, lineOffset))
        if let anchor { anchors[anchor] = node }
        attach(node)
        stack.append(node)
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        _ = stack.popLast()
      default:
        break
      }
    }
  }
}
