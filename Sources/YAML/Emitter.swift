/// One event for the YAML emitter (the subset go-yaml's encoder produces: no tags, no anchors).
enum EmitterEvent {
  case streamStart
  case streamEnd
  case documentStart
  case documentEnd
  case sequenceStart(flow: Bool)
  case sequenceEnd
  case mappingStart(flow: Bool)
  case mappingEnd
  case scalar(value: [UInt8], style: ScalarStyle)

  var isSequenceStart: Bool { if case .sequenceStart = self { return true } else { return false } }
  var isSequenceEnd: Bool { if case .sequenceEnd = self { return true } else { return false } }
  var isMappingStart: Bool { if case .mappingStart = self { return true } else { return false } }
  var isMappingEnd: Bool { if case .mappingEnd = self { return true } else { return false } }
}

/// Requested presentation of a scalar.
enum ScalarStyle {
  case any, plain, singleQuoted, doubleQuoted, literal, folded
}

/// Which go-yaml emitter to reproduce: v2 (`toYaml`) or v3 (`toYamlPretty`).
enum EmitterFlavor {
  case v2
  case v3
}

/// A port of go-yaml's emitter (`emitterc.go`), the libyaml emitter as go-yaml v2 and v3
/// modified it, restricted to untagged, anchor-free documents. Output is byte-identical to
/// go-yaml's for the events `YAMLWriter` produces.
struct Emitter {
  private enum State {
    case streamStart, firstDocumentStart, documentStart, documentContent, documentEnd
    case flowSequenceFirstItem, flowSequenceItem, flowMappingFirstKey, flowMappingKey
    case flowMappingSimpleValue, flowMappingValue
    case blockSequenceFirstItem, blockSequenceItem, blockMappingFirstKey, blockMappingKey
    case blockMappingSimpleValue, blockMappingValue, end
  }

  struct ScalarAnalysis: Equatable {
    var value: [UInt8] = []
    var multiline = false
    var flowPlainAllowed = false
    var blockPlainAllowed = false
    var singleQuotedAllowed = false
    var blockAllowed = false
    var style: ScalarStyle = .any
  }

  let flavor: EmitterFlavor
  private(set) var out: [UInt8] = []

  private var events: [EmitterEvent] = []
  private var head = 0
  private var state: State = .streamStart
  private var states: [State] = []
  var indents: [Int] = []
  var indent = -1
  var flowLevel = 0
  var rootContext = false
  var sequenceContext = false
  var mappingContext = false
  var simpleKeyContext = false
  var column = 0
  var whitespace = true
  var indention = true
  private var openEnded = false
  private var bestIndent: Int
  private var bestWidth: Int
  var scalar = ScalarAnalysis()

  init(flavor: EmitterFlavor, indent: Int = 2) {
    self.flavor = flavor
    self.bestIndent = (indent < 2 || indent > 9) ? 2 : indent
    self.bestWidth = flavor == .v2 ? 80 : Int(Int32.max)
  }

  /// Emits a complete event stream and returns the text.
  static func emit(_ events: [EmitterEvent], flavor: EmitterFlavor, indent: Int = 2) -> [UInt8] {
    var e = Emitter(flavor: flavor, indent: indent)
    e.events = events
    while e.head < e.events.count {
      let ev = e.events[e.head]
      e.analyze(ev)
      e.stateMachine(ev)
      e.head += 1
    }
    return e.out
  }

  // MARK: Output primitives

  private mutating func put(_ c: UInt8) {
    out.append(c)
    column += 1
  }

  private mutating func putBreak() {
    out.append(UInt8(ascii: "\n"))
    column = 0
    if flavor == .v3 { indention = true }
  }

  static func width(_ c: UInt8) -> Int {
    if c & 0x80 == 0 { return 1 }
    if c & 0xE0 == 0xC0 { return 2 }
    if c & 0xF0 == 0xE0 { return 3 }
    if c & 0xF8 == 0xF0 { return 4 }
    return 0
  }

  private mutating func write(_ s: [UInt8], _ i: inout Int) {
    let w = max(1, Emitter.width(s[i]))
    let end = min(s.count, i + w)
    out.append(contentsOf: s[i..<end])
    column += 1
    i = end
  }

  /// Writes the characters from `i` on while each is printable ASCII from `lowest` up and
  /// neither `a` nor `b`: characters every writer writes as they are, one column each, with
  /// nothing else to decide between them.
  private mutating func writeASCIIRun(
    _ s: [UInt8], _ i: inout Int, lowest: UInt8, excluding a: UInt8, _ b: UInt8
  ) {
    var end = i
    while end < s.count {
      let c = s[end]
      if c < lowest || c > 0x7E || c == a || c == b { break }
      end += 1
    }
    guard end > i else { return }
    out.append(contentsOf: s[i..<end])
    column += end - i
    i = end
  }

  private mutating func writeAll(_ s: [UInt8]) {
    var i = 0
    while i < s.count { write(s, &i) }
  }

  private mutating func writeBreak(_ s: [UInt8], _ i: inout Int) {
    if s[i] == UInt8(ascii: "\n") {
      putBreak()
      i += 1
    } else {
      write(s, &i)
      column = 0
      if flavor == .v3 { indention = true }
    }
  }

  // MARK: Character classes (yamlh.go)

  static func at(_ b: [UInt8], _ i: Int) -> UInt8 { i < b.count ? b[i] : 0 }
  static func isSpace(_ b: [UInt8], _ i: Int) -> Bool { at(b, i) == 0x20 }
  static func isBlank(_ b: [UInt8], _ i: Int) -> Bool { at(b, i) == 0x20 || at(b, i) == 0x09 }
  static func isBreak(_ b: [UInt8], _ i: Int) -> Bool {
    let c = at(b, i)
    return c == 0x0D || c == 0x0A
      || (c == 0xC2 && at(b, i + 1) == 0x85)
      || (c == 0xE2 && at(b, i + 1) == 0x80 && at(b, i + 2) == 0xA8)
      || (c == 0xE2 && at(b, i + 1) == 0x80 && at(b, i + 2) == 0xA9)
  }
  static func isBlankz(_ b: [UInt8], _ i: Int) -> Bool {
    isBlank(b, i) || isBreak(b, i) || i >= b.count || b[i] == 0
  }
  static func isPrintable(_ b: [UInt8], _ i: Int) -> Bool {
    let c = at(b, i)
    let c1 = at(b, i + 1)
    let c2 = at(b, i + 2)
    return c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c == 0xC2 && c1 >= 0xA0) || (c > 0xC2 && c < 0xED)
      || (c == 0xED && c1 < 0xA0) || c == 0xEE
      || (c == 0xEF && !(c1 == 0xBB && c2 == 0xBF) && !(c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF)))
  }
  /// go-yaml's `is_bom` looks at the start of the buffer whatever `i` is, so a value that
  /// begins with a BOM has every character escaped.
  private static func isBOM(_ b: [UInt8], _ i: Int) -> Bool {
    at(b, 0) == 0xEF && at(b, 1) == 0xBB && at(b, 2) == 0xBF
  }

  // MARK: Analysis

  private mutating func analyze(_ ev: EmitterEvent) {
    if case .scalar(let value, _) = ev {
      analyzeScalar(value)
    } else {
      scalar.value = []
    }
  }

  mutating func analyzeScalar(_ value: [UInt8]) {
    scalar = ScalarAnalysis()
    scalar.value = value
    if value.isEmpty {
      scalar.multiline = false
      scalar.flowPlainAllowed = false
      scalar.blockPlainAllowed = true
      scalar.singleQuotedAllowed = true
      scalar.blockAllowed = false
      return
    }
    let asciiLines = value.withUnsafeBufferPointer { bytes in
      bytes.allSatisfy { ($0 >= 0x20 && $0 <= 0x7E) || $0 == 0x0A }
    }
    if asciiLines {
      analyzeCharacters(value, as: ASCIILineCharacters.self)
    } else {
      analyzeCharacters(value, as: UTF8Characters.self)
    }
  }

  /// `analyzeScalar`'s pass over a non-empty value, reading its characters as `R` does.
  mutating func analyzeCharacters<R: ScalarCharacterReading>(_ value: [UInt8], as reading: R.Type) {
    var blockIndicators = false
    var flowIndicators = false
    var lineBreaks = false
    var specialCharacters = false
    var tabCharacters = false
    var leadingSpace = false
    var leadingBreak = false
    var trailingSpace = false
    var trailingBreak = false
    var breakSpace = false
    var spaceBreak = false
    var previousSpace = false
    var previousBreak = false

    if Emitter.startsWithDocumentMarker(value) {
      blockIndicators = true
      flowIndicators = true
    }
    var precededByWhitespace = true
    var i = 0
    while i < value.count {
      let w = R.width(value, i)
      let followedByWhitespace = i + w >= value.count || R.isBlank(value, i + w)
      let c = value[i]
      let indicators = Emitter.indicators(
        c, first: i == 0, followedByWhitespace: followedByWhitespace,
        precededByWhitespace: precededByWhitespace)
      flowIndicators = flowIndicators || indicators.flow
      blockIndicators = blockIndicators || indicators.block
      if flavor == .v3 && c == 0x09 {
        tabCharacters = true
      } else if !R.isPrintable(value, i) {
        specialCharacters = true
      }
      if R.isSpace(value, i) {
        if i == 0 { leadingSpace = true }
        if i + w == value.count { trailingSpace = true }
        if previousBreak { breakSpace = true }
        previousSpace = true
        previousBreak = false
      } else if R.isBreak(value, i) {
        lineBreaks = true
        if i == 0 { leadingBreak = true }
        if i + w == value.count { trailingBreak = true }
        if previousSpace { spaceBreak = true }
        previousSpace = false
        previousBreak = true
      } else {
        previousSpace = false
        previousBreak = false
      }
      precededByWhitespace = R.isBlankz(value, i)
      i += w
    }
    scalar.multiline = lineBreaks
    scalar.flowPlainAllowed = true
    scalar.blockPlainAllowed = true
    scalar.singleQuotedAllowed = true
    scalar.blockAllowed = true
    if leadingSpace || leadingBreak || trailingSpace || trailingBreak {
      scalar.flowPlainAllowed = false
      scalar.blockPlainAllowed = false
    }
    if trailingSpace { scalar.blockAllowed = false }
    if breakSpace {
      scalar.flowPlainAllowed = false
      scalar.blockPlainAllowed = false
      scalar.singleQuotedAllowed = false
    }
    if spaceBreak || tabCharacters || specialCharacters {
      scalar.flowPlainAllowed = false
      scalar.blockPlainAllowed = false
      scalar.singleQuotedAllowed = false
    }
    if spaceBreak || specialCharacters { scalar.blockAllowed = false }
    if lineBreaks {
      scalar.flowPlainAllowed = false
      scalar.blockPlainAllowed = false
    }
    if flowIndicators { scalar.flowPlainAllowed = false }
    if blockIndicators { scalar.blockPlainAllowed = false }
  }

  /// Whether `value` begins with `---` or `...` (which would read as a document marker).
  private static func startsWithDocumentMarker(_ value: [UInt8]) -> Bool {
    value.count >= 3
      && ((value[0] == 0x2D && value[1] == 0x2D && value[2] == 0x2D)
        || (value[0] == 0x2E && value[1] == 0x2E && value[2] == 0x2E))
  }

  /// Whether the character `c` makes a plain scalar unreadable in flow and in block context
  /// (libyaml's indicator rules: the first character, `: ` and ` #` anywhere).
  private static func indicators(
    _ c: UInt8, first: Bool, followedByWhitespace: Bool, precededByWhitespace: Bool
  ) -> (flow: Bool, block: Bool) {
    if first {
      switch c {
      case UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
        UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
        UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
        UInt8(ascii: "`"):
        return (true, true)
      case UInt8(ascii: "?"), UInt8(ascii: ":"):
        return (true, followedByWhitespace)
      case UInt8(ascii: "-"):
        return (followedByWhitespace, followedByWhitespace)
      default:
        return (false, false)
      }
    }
    switch c {
    case UInt8(ascii: ","), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
      UInt8(ascii: "}"):
      return (true, false)
    case UInt8(ascii: ":"):
      return (true, followedByWhitespace)
    case UInt8(ascii: "#"):
      return (precededByWhitespace, precededByWhitespace)
    default:
      return (false, false)
    }
  }

  // MARK: State machine

  mutating func increaseIndent(flow: Bool, indentless: Bool) {
    indents.append(indent)
    if indent < 0 {
      indent = flow ? bestIndent : 0
    } else if !indentless {
      if flavor == .v3 {
        if states.last == .blockSequenceItem {
          indent += 2
        } else {
          indent = bestIndent * ((indent + bestIndent) / bestIndent)
        }
      } else {
        indent += bestIndent
      }
    }
  }

  mutating func popIndent() { indent = indents.popLast() ?? -1 }
  private mutating func popState() { state = states.popLast() ?? .end }

  private mutating func stateMachine(_ ev: EmitterEvent) {
    switch state {
    case .streamStart:
      indent = -1
      column = 0
      whitespace = true
      indention = true
      state = .firstDocumentStart
    case .firstDocumentStart, .documentStart:
      if case .documentStart = ev {
        state = .documentContent
      } else {
        state = .end
      }
    case .documentContent:
      states.append(.documentEnd)
      emitNode(ev, root: true, sequence: false, mapping: false, simpleKey: false)
    case .documentEnd:
      writeIndent()
      state = .documentStart
    case .flowSequenceFirstItem: emitFlowItem(ev, first: true, mapping: false)
    case .flowSequenceItem: emitFlowItem(ev, first: false, mapping: false)
    case .flowMappingFirstKey: emitFlowItem(ev, first: true, mapping: true)
    case .flowMappingKey: emitFlowItem(ev, first: false, mapping: true)
    case .flowMappingSimpleValue: emitMappingValue(ev, simple: true, block: false)
    case .flowMappingValue: emitMappingValue(ev, simple: false, block: false)
    case .blockSequenceFirstItem: emitBlockSequenceItem(ev, first: true)
    case .blockSequenceItem: emitBlockSequenceItem(ev, first: false)
    case .blockMappingFirstKey: emitBlockMappingKey(ev, first: true)
    case .blockMappingKey: emitBlockMappingKey(ev, first: false)
    case .blockMappingSimpleValue: emitMappingValue(ev, simple: true, block: true)
    case .blockMappingValue: emitMappingValue(ev, simple: false, block: true)
    case .end: break
    }
  }

  /// An item of a flow sequence or a key of a flow mapping: the opening bracket before the
  /// first, `,` between items, the closing bracket at the end event.
  private mutating func emitFlowItem(_ ev: EmitterEvent, first: Bool, mapping: Bool) {
    if first {
      let open = UInt8(ascii: mapping ? "{" : "[")
      writeIndicator([open], needWhitespace: true, isWhitespace: true, isIndention: false)
      increaseIndent(flow: true, indentless: false)
      flowLevel += 1
    }
    if mapping ? ev.isMappingEnd : ev.isSequenceEnd {
      flowLevel -= 1
      popIndent()
      if !mapping && flavor == .v3 && column == 0 { writeIndent() }
      let close = UInt8(ascii: mapping ? "}" : "]")
      writeIndicator([close], needWhitespace: false, isWhitespace: false, isIndention: false)
      popState()
      return
    }
    if !first {
      writeIndicator([UInt8(ascii: ",")], needWhitespace: false, isWhitespace: false, isIndention: false)
    }
    if mapping && flavor == .v3 && column == 0 { writeIndent() }
    if column > bestWidth { writeIndent() }
    if mapping {
      emitMappingKeyNode(ev, block: false)
    } else {
      states.append(.flowSequenceItem)
      emitNode(ev, root: false, sequence: true, mapping: false, simpleKey: false)
    }
  }

  private mutating func emitBlockSequenceItem(_ ev: EmitterEvent, first: Bool) {
    if first {
      let indentless = flavor == .v2 ? (mappingContext && !indention) : false
      increaseIndent(flow: false, indentless: indentless)
    }
    if ev.isSequenceEnd {
      popIndent()
      popState()
      return
    }
    writeIndent()
    writeIndicator([UInt8(ascii: "-")], needWhitespace: true, isWhitespace: false, isIndention: true)
    states.append(.blockSequenceItem)
    emitNode(ev, root: false, sequence: true, mapping: false, simpleKey: false)
  }

  private mutating func emitBlockMappingKey(_ ev: EmitterEvent, first: Bool) {
    if first { increaseIndent(flow: false, indentless: false) }
    if ev.isMappingEnd {
      popIndent()
      popState()
      return
    }
    writeIndent()
    emitMappingKeyNode(ev, block: true)
  }

  /// A mapping key of a flow or block mapping: a simple key as it is, any other after `?`;
  /// the value's state comes next.
  private mutating func emitMappingKeyNode(_ ev: EmitterEvent, block: Bool) {
    if checkSimpleKey(ev) {
      states.append(block ? .blockMappingSimpleValue : .flowMappingSimpleValue)
      emitNode(ev, root: false, sequence: false, mapping: true, simpleKey: true)
    } else {
      writeIndicator([UInt8(ascii: "?")], needWhitespace: true, isWhitespace: false, isIndention: block)
      states.append(block ? .blockMappingValue : .flowMappingValue)
      emitNode(ev, root: false, sequence: false, mapping: true, simpleKey: false)
    }
  }

  /// A mapping value: `:` right after a simple key, else on a new line (block) or where it
  /// fits (flow); the next key's state comes next.
  private mutating func emitMappingValue(_ ev: EmitterEvent, simple: Bool, block: Bool) {
    if simple {
      writeIndicator([UInt8(ascii: ":")], needWhitespace: false, isWhitespace: false, isIndention: false)
    } else {
      if block || column > bestWidth { writeIndent() }
      writeIndicator([UInt8(ascii: ":")], needWhitespace: true, isWhitespace: false, isIndention: block)
    }
    states.append(block ? .blockMappingKey : .flowMappingKey)
    emitNode(ev, root: false, sequence: false, mapping: true, simpleKey: false)
  }

  private mutating func emitNode(
    _ ev: EmitterEvent, root: Bool, sequence: Bool, mapping: Bool, simpleKey: Bool
  ) {
    rootContext = root
    sequenceContext = sequence
    mappingContext = mapping
    simpleKeyContext = simpleKey
    switch ev {
    case .scalar(_, let style):
      emitScalar(style)
    case .sequenceStart(let flow):
      if flowLevel > 0 || flow || checkEmptySequence() {
        state = .flowSequenceFirstItem
      } else {
        state = .blockSequenceFirstItem
      }
    case .mappingStart(let flow):
      if flowLevel > 0 || flow || checkEmptyMapping() {
        state = .flowMappingFirstKey
      } else {
        state = .blockMappingFirstKey
      }
    default:
      break
    }
  }

  private func checkEmptySequence() -> Bool {
    head + 1 < events.count && events[head].isSequenceStart && events[head + 1].isSequenceEnd
  }

  private func checkEmptyMapping() -> Bool {
    head + 1 < events.count && events[head].isMappingStart && events[head + 1].isMappingEnd
  }

  private func checkSimpleKey(_ ev: EmitterEvent) -> Bool {
    var length = 0
    switch ev {
    case .scalar:
      if scalar.multiline { return false }
      length += scalar.value.count
    case .sequenceStart:
      if !checkEmptySequence() { return false }
    case .mappingStart:
      if !checkEmptyMapping() { return false }
    default:
      return false
    }
    return length <= 128
  }

  private mutating func emitScalar(_ requested: ScalarStyle) {
    selectScalarStyle(requested)
    increaseIndent(flow: true, indentless: false)
    processScalar()
    popIndent()
    popState()
  }

  mutating func selectScalarStyle(_ requested: ScalarStyle) {
    var style = requested
    if style == .any { style = .plain }
    if simpleKeyContext && scalar.multiline { style = .doubleQuoted }
    if style == .plain {
      if (flowLevel > 0 && !scalar.flowPlainAllowed) || (flowLevel == 0 && !scalar.blockPlainAllowed) {
        style = .singleQuoted
      }
      if scalar.value.isEmpty && (flowLevel > 0 || simpleKeyContext) { style = .singleQuoted }
    }
    if style == .singleQuoted && !scalar.singleQuotedAllowed { style = .doubleQuoted }
    if style == .literal || style == .folded {
      if !scalar.blockAllowed || flowLevel > 0 || simpleKeyContext { style = .doubleQuoted }
    }
    scalar.style = style
  }

  mutating func processScalar() {
    let v = scalar.value
    switch scalar.style {
    case .plain, .any: writePlainScalar(v, allowBreaks: !simpleKeyContext)
    case .singleQuoted: writeSingleQuotedScalar(v, allowBreaks: !simpleKeyContext)
    case .doubleQuoted: writeDoubleQuotedScalar(v, allowBreaks: !simpleKeyContext)
    case .literal: writeLiteralScalar(v)
    case .folded: writeFoldedScalar(v)
    }
  }

  // MARK: Writers

  mutating func writeIndent() {
    let ind = max(indent, 0)
    if !indention || column > ind || (column == ind && !whitespace) {
      putBreak()
    }
    while column < ind { put(0x20) }
    whitespace = true
    if flavor == .v2 { indention = true }
  }

  mutating func writeIndicator(
    _ indicator: [UInt8], needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool
  ) {
    if needWhitespace && !whitespace { put(0x20) }
    writeAll(indicator)
    whitespace = isWhitespace
    indention = indention && isIndention
    openEnded = false
  }

  private mutating func writePlainScalar(_ value: [UInt8], allowBreaks: Bool) {
    if !whitespace && (flavor == .v2 || !value.isEmpty) { put(0x20) }
    writeFoldableText(value, allowBreaks: allowBreaks, singleQuoted: false)
    if flavor == .v2 || !value.isEmpty { whitespace = false }
    indention = false
    if rootContext { openEnded = true }
  }

  /// The text of a plain or single-quoted scalar: a space may fold to a new line past the
  /// best width (inside a single-quoted scalar, not its first or last character), line
  /// breaks are written as YAML folds them, and a single-quoted scalar doubles its `'`.
  private mutating func writeFoldableText(_ value: [UInt8], allowBreaks: Bool, singleQuoted: Bool) {
    var spaces = false
    var breaks = false
    var i = 0
    while i < value.count {
      if Emitter.isSpace(value, i) {
        if allowBreaks && !spaces && column > bestWidth && (!singleQuoted || (i > 0 && i < value.count - 1))
          && !Emitter.isSpace(value, i + 1)
        {
          writeIndent()
          i += 1
        } else {
          write(value, &i)
        }
        spaces = true
      } else if Emitter.isBreak(value, i) {
        if !breaks && value[i] == 0x0A { putBreak() }
        writeBreak(value, &i)
        indention = true
        breaks = true
      } else {
        if breaks { writeIndent() }
        if singleQuoted && value[i] == UInt8(ascii: "'") { put(UInt8(ascii: "'")) }
        write(value, &i)
        writeASCIIRun(value, &i, lowest: 0x21, excluding: singleQuoted ? UInt8(ascii: "'") : 0, 0)
        indention = false
        spaces = false
        breaks = false
      }
    }
  }

  private mutating func writeSingleQuotedScalar(_ value: [UInt8], allowBreaks: Bool) {
    writeIndicator([UInt8(ascii: "'")], needWhitespace: true, isWhitespace: false, isIndention: false)
    writeFoldableText(value, allowBreaks: allowBreaks, singleQuoted: true)
    writeIndicator([UInt8(ascii: "'")], needWhitespace: false, isWhitespace: false, isIndention: false)
    whitespace = false
    indention = false
  }

  private mutating func writeDoubleQuotedScalar(_ value: [UInt8], allowBreaks: Bool) {
    var spaces = false
    writeIndicator([UInt8(ascii: "\"")], needWhitespace: true, isWhitespace: false, isIndention: false)
    var i = 0
    while i < value.count {
      if !Emitter.isPrintable(value, i) || Emitter.isBOM(value, i) || Emitter.isBreak(value, i)
        || value[i] == UInt8(ascii: "\"") || value[i] == UInt8(ascii: "\\")
      {
        var octet = value[i]
        var w: Int
        var v: UInt32
        if octet & 0x80 == 0 {
          w = 1; v = UInt32(octet & 0x7F)
        } else if octet & 0xE0 == 0xC0 {
          w = 2; v = UInt32(octet & 0x1F)
        } else if octet & 0xF0 == 0xE0 {
          w = 3; v = UInt32(octet & 0x0F)
        } else if octet & 0xF8 == 0xF0 {
          w = 4; v = UInt32(octet & 0x07)
        } else {
          w = 1; v = UInt32(octet)
        }
        var k = 1
        while k < w {
          octet = Emitter.at(value, i + k)
          v = (v << 6) &+ (UInt32(octet) & 0x3F)
          k += 1
        }
        i += w
        put(UInt8(ascii: "\\"))
        switch v {
        case 0x00: put(UInt8(ascii: "0"))
        case 0x07: put(UInt8(ascii: "a"))
        case 0x08: put(UInt8(ascii: "b"))
        case 0x09: put(UInt8(ascii: "t"))
        case 0x0A: put(UInt8(ascii: "n"))
        case 0x0B: put(UInt8(ascii: "v"))
        case 0x0C: put(UInt8(ascii: "f"))
        case 0x0D: put(UInt8(ascii: "r"))
        case 0x1B: put(UInt8(ascii: "e"))
        case 0x22: put(UInt8(ascii: "\""))
        case 0x5C: put(UInt8(ascii: "\\"))
        case 0x85: put(UInt8(ascii: "N"))
        case 0xA0: put(UInt8(ascii: "_"))
        case 0x2028: put(UInt8(ascii: "L"))
        case 0x2029: put(UInt8(ascii: "P"))
        default:
          if v <= 0xFF {
            put(UInt8(ascii: "x")); w = 2
          } else if v <= 0xFFFF {
            put(UInt8(ascii: "u")); w = 4
          } else {
            put(UInt8(ascii: "U")); w = 8
          }
          var shift = (w - 1) * 4
          while shift >= 0 {
            let digit = UInt8((v >> UInt32(shift)) & 0x0F)
            put(digit < 10 ? digit + 48 : digit + 65 - 10)
            shift -= 4
          }
        }
        spaces = false
      } else if Emitter.isSpace(value, i) {
        if allowBreaks && !spaces && column > bestWidth && i > 0 && i < value.count - 1 {
          writeIndent()
          if Emitter.isSpace(value, i + 1) { put(UInt8(ascii: "\\")) }
          i += 1
        } else {
          write(value, &i)
        }
        spaces = true
      } else {
        write(value, &i)
        writeASCIIRun(value, &i, lowest: 0x21, excluding: UInt8(ascii: "\""), UInt8(ascii: "\\"))
        spaces = false
      }
    }
    writeIndicator([UInt8(ascii: "\"")], needWhitespace: false, isWhitespace: false, isIndention: false)
    whitespace = false
    indention = false
  }

  private mutating func writeBlockScalarHints(_ value: [UInt8]) {
    if Emitter.isSpace(value, 0) || Emitter.isBreak(value, 0) {
      writeIndicator([UInt8(48 + bestIndent)], needWhitespace: false, isWhitespace: false, isIndention: false)
    }
    openEnded = false
    var chomp: UInt8 = 0
    if value.isEmpty {
      chomp = UInt8(ascii: "-")
    } else {
      var i = value.count - 1
      while i > 0 && value[i] & 0xC0 == 0x80 { i -= 1 }
      if !Emitter.isBreak(value, i) {
        chomp = UInt8(ascii: "-")
      } else if i == 0 {
        chomp = UInt8(ascii: "+")
        openEnded = true
      } else {
        i -= 1
        while i > 0 && value[i] & 0xC0 == 0x80 { i -= 1 }
        if Emitter.isBreak(value, i) {
          chomp = UInt8(ascii: "+")
          openEnded = true
        }
      }
    }
    if chomp != 0 {
      writeIndicator([chomp], needWhitespace: false, isWhitespace: false, isIndention: false)
    }
  }

  private mutating func writeLiteralScalar(_ value: [UInt8]) {
    writeIndicator([UInt8(ascii: "|")], needWhitespace: true, isWhitespace: false, isIndention: false)
    writeBlockScalarHints(value)
    putBreak()
    indention = true
    whitespace = true
    var breaks = true
    var i = 0
    while i < value.count {
      if Emitter.isBreak(value, i) {
        writeBreak(value, &i)
        indention = true
        breaks = true
      } else {
        if breaks { writeIndent() }
        write(value, &i)
        writeASCIIRun(value, &i, lowest: 0x20, excluding: 0, 0)
        indention = false
        breaks = false
      }
    }
  }

  private mutating func writeFoldedScalar(_ value: [UInt8]) {
    writeIndicator([UInt8(ascii: ">")], needWhitespace: true, isWhitespace: false, isIndention: false)
    writeBlockScalarHints(value)
    putBreak()
    indention = true
    whitespace = true
    var breaks = true
    var leadingSpaces = true
    var i = 0
    while i < value.count {
      if Emitter.isBreak(value, i) {
        if !breaks && !leadingSpaces && value[i] == 0x0A {
          var k = 0
          while Emitter.isBreak(value, k) { k += max(1, Emitter.width(value[k])) }
          if !Emitter.isBlankz(value, k) { putBreak() }
        }
        writeBreak(value, &i)
        indention = true
        breaks = true
      } else {
        if breaks {
          writeIndent()
          leadingSpaces = Emitter.isBlank(value, i)
        }
        if !breaks && Emitter.isSpace(value, i) && !Emitter.isSpace(value, i + 1) && column > bestWidth {
          writeIndent()
          i += 1
        } else {
          write(value, &i)
        }
        indention = false
        breaks = false
      }
    }
  }
}

/// How the emitter's analysis reads a scalar's characters (go-yaml's `yamlh.go` classes).
protocol ScalarCharacterReading {
  /// The width in bytes of the character at `i` (at least 1).
  static func width(_ b: [UInt8], _ i: Int) -> Int
  static func isSpace(_ b: [UInt8], _ i: Int) -> Bool
  static func isBlank(_ b: [UInt8], _ i: Int) -> Bool
  static func isBreak(_ b: [UInt8], _ i: Int) -> Bool
  static func isBlankz(_ b: [UInt8], _ i: Int) -> Bool
  static func isPrintable(_ b: [UInt8], _ i: Int) -> Bool
}

/// Any UTF-8 text, character by character, as go-yaml reads it.
enum UTF8Characters: ScalarCharacterReading {
  static func width(_ b: [UInt8], _ i: Int) -> Int { max(1, Emitter.width(b[i])) }
  static func isSpace(_ b: [UInt8], _ i: Int) -> Bool { Emitter.isSpace(b, i) }
  static func isBlank(_ b: [UInt8], _ i: Int) -> Bool { Emitter.isBlank(b, i) }
  static func isBreak(_ b: [UInt8], _ i: Int) -> Bool { Emitter.isBreak(b, i) }
  static func isBlankz(_ b: [UInt8], _ i: Int) -> Bool { Emitter.isBlankz(b, i) }
  static func isPrintable(_ b: [UInt8], _ i: Int) -> Bool { Emitter.isPrintable(b, i) }
}

/// Text known to hold only printable ASCII and `\n`: the same answers as `UTF8Characters`
/// for such text, each from one byte.
enum ASCIILineCharacters: ScalarCharacterReading {
  static func width(_ b: [UInt8], _ i: Int) -> Int { 1 }
  static func isSpace(_ b: [UInt8], _ i: Int) -> Bool { i < b.count && b[i] == 0x20 }
  static func isBlank(_ b: [UInt8], _ i: Int) -> Bool { i < b.count && b[i] == 0x20 }
  static func isBreak(_ b: [UInt8], _ i: Int) -> Bool { i < b.count && b[i] == 0x0A }
  static func isBlankz(_ b: [UInt8], _ i: Int) -> Bool { i >= b.count || b[i] == 0x20 || b[i] == 0x0A }
  static func isPrintable(_ b: [UInt8], _ i: Int) -> Bool { true }
}
