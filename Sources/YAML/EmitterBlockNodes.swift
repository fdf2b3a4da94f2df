/// go-yaml v2's emitter driven node by node (`toYaml`), instead of through a list of events
/// and its state machine: each call does what the state machine does for the event it
/// stands for, with the same writers, scalar analysis and style choice, so the text is the
/// same byte for byte. Only block collections are written this way (an empty one is go-yaml's
/// `{}` or `[]`); flow content and yaml.v3's indentation stay with `emit(_:flavor:indent:)`.
extension Emitter {
  /// Where a node stands: go-yaml's root, sequence, mapping and simple-key contexts.
  struct NodeContext {
    var root = false
    var sequence = false
    var mapping = false
    var simpleKey = false

    static let document = NodeContext(root: true)
    static let item = NodeContext(sequence: true)
    static let value = NodeContext(mapping: true)
  }

  /// An emitter positioned at the content of one implicit document (stream and document
  /// started), writing go-yaml v2's text.
  static func v2Document() -> Emitter {
    var e = Emitter(flavor: .v2)
    e.indent = -1
    e.column = 0
    e.whitespace = true
    e.indention = true
    return e
  }

  /// Ends the document; the text written.
  mutating func endDocument() -> [UInt8] {
    writeIndent()
    return out
  }

  private mutating func enter(_ context: NodeContext) {
    rootContext = context.root
    sequenceContext = context.sequence
    mappingContext = context.mapping
    simpleKeyContext = context.simpleKey
  }

  /// A scalar node with its requested style.
  mutating func scalarNode(_ value: [UInt8], style: ScalarStyle, in context: NodeContext) {
    analyzeScalar(value)
    writeAnalyzedScalar(style, in: context)
  }

  private mutating func writeAnalyzedScalar(_ style: ScalarStyle, in context: NodeContext) {
    enter(context)
    selectScalarStyle(style)
    increaseIndent(flow: true, indentless: false)
    processScalar()
    popIndent()
  }

  /// An empty sequence (`[]`) or mapping (`{}`): go-yaml writes them in flow style.
  mutating func emptyCollection(mapping: Bool, in context: NodeContext) {
    enter(context)
    writeIndicator(
      [UInt8(ascii: mapping ? "{" : "[")], needWhitespace: true, isWhitespace: true, isIndention: false)
    increaseIndent(flow: true, indentless: false)
    popIndent()
    writeIndicator(
      [UInt8(ascii: mapping ? "}" : "]")], needWhitespace: false, isWhitespace: false, isIndention: false)
  }

  /// Opens a non-empty block sequence: inside a mapping, on the key's indentation.
  mutating func beginBlockSequence(in context: NodeContext) {
    enter(context)
    increaseIndent(flow: false, indentless: mappingContext && !indention)
  }

  /// Starts an item of the open block sequence (`- `); its node follows, in `.item`.
  mutating func sequenceItem() {
    writeIndent()
    writeIndicator([UInt8(ascii: "-")], needWhitespace: true, isWhitespace: false, isIndention: true)
  }

  /// Opens a non-empty block mapping.
  mutating func beginBlockMapping(in context: NodeContext) {
    enter(context)
    increaseIndent(flow: false, indentless: false)
  }

  /// Writes a key of the open block mapping and its `:`: as it is when it is a simple key
  /// (one line, at most 128 bytes), else after `?` with the `:` on a line of its own. The
  /// value's node follows, in `.value`.
  mutating func mappingKey(_ value: [UInt8], style: ScalarStyle) {
    writeIndent()
    analyzeScalar(value)
    if !scalar.multiline && value.count <= 128 {
      writeAnalyzedScalar(style, in: NodeContext(mapping: true, simpleKey: true))
      writeIndicator([UInt8(ascii: ":")], needWhitespace: false, isWhitespace: false, isIndention: false)
    } else {
      writeIndicator([UInt8(ascii: "?")], needWhitespace: true, isWhitespace: false, isIndention: true)
      writeAnalyzedScalar(style, in: .value)
      writeIndent()
      writeIndicator([UInt8(ascii: ":")], needWhitespace: true, isWhitespace: false, isIndention: true)
    }
  }

  /// Closes the open block sequence or mapping.
  mutating func endBlockCollection() { popIndent() }
}
