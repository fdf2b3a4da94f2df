import GoLib
import Values

/// Parses the lines of one block-style document for `BlockManifestReader`: every function
/// returns nil the moment the text leaves the shape that reader knows, or is not well-formed,
/// and the whole stream then takes the full path.
struct BlockDocumentParser {
  let b: UnsafeBufferPointer<UInt8>
  /// Where each line starts, then the end of the text.
  let lines: [Int]
  /// The current line, and one past the document's last.
  var line: Int
  let end: Int
  /// The entries of the mappings being read, innermost last: a mapping's dictionary is made
  /// once, at its full size, when its last entry is read.
  private var entries: [Entry] = []

  /// One entry of a mapping being read.
  private struct Entry {
    let name: String
    let value: Value
  }
  /// The root mapping's keys whose values are built; nil for all. The other values are read
  /// and checked as fully, but stand as `.null` and are dropped.
  let keepingRootKeys: ((String) -> Bool)?
  /// Whether the node being read is built (false under a root key not kept).
  private var building = true
  /// The indentation `skipBlankLines` found on the line with content it stopped at.
  private var indentOf: (line: Int, indent: Int?) = (-1, nil)

  /// libyaml refuses a simple key longer than this (`could not find expected ':'`).
  static let maxKeyLength = 1024

  /// The plain keys the stream has resolved.
  let keys: BlockKeyCache

  init(
    bytes: UnsafeBufferPointer<UInt8>, lines: [Int], line: Int, end: Int, keys: BlockKeyCache,
    keepingRootKeys: ((String) -> Bool)? = nil
  ) {
    self.b = bytes
    self.keys = keys
    self.keepingRootKeys = keepingRootKeys
    self.lines = lines
    self.line = line
    self.end = end
  }

  static let space = UInt8(ascii: " ")
  static let tab = UInt8(ascii: "\t")
  private static let hash = UInt8(ascii: "#")
  private static let colon = UInt8(ascii: ":")
  private static let dash = UInt8(ascii: "-")

  /// The document's value: `.null` when it holds only blanks and comments.
  mutating func document() -> Value? {
    guard skipBlankLines() else { return nil }
    if line == end { return .null }
    guard let root = blockNode(parentIndent: -1, sequenceAtParent: false, depth: 0) else { return nil }
    guard skipBlankLines() else { return nil }
    return line == end ? root : nil
  }

  // MARK: - Lines

  @inline(__always) func start(_ l: Int) -> Int { lines[l] }

  @inline(__always) func stop(_ l: Int) -> Int { BlockManifestReader.lineEnd(b, lines, l) }

  /// Skips lines holding only blanks or a comment; false at one with a tab before its
  /// comment or in its blanks (libyaml reads a tab at a line's start as indentation).
  private mutating func skipBlankLines() -> Bool {
    while line < end {
      let s = start(line)
      let e = stop(line)
      var i = pastSpaces(s, e)
      let spaces = i - s
      let tabbed = i < e && b[i] == Self.tab
      while i < e && (b[i] == Self.space || b[i] == Self.tab) { i += 1 }
      guard i == e || b[i] == Self.hash else {
        // the line with content: its indentation is asked for next
        indentOf = (line, tabbed ? nil : spaces)
        return true
      }
      if BlockManifestReader.isTabbedBlankOrComment(b, s, e) { return false }
      line += 1
    }
    return true
  }

  /// The indentation of a line with content; nil when a tab is part of it.
  func indent(_ l: Int) -> Int? {
    if indentOf.line == l { return indentOf.indent }
    let s = start(l)
    let e = stop(l)
    let i = pastSpaces(s, e)
    if i < e && b[i] == Self.tab { return nil }
    return i - s
  }

  /// The offset of the first byte of `s..<e` that is not a space (`e` when all are): eight
  /// bytes at a time, as rendered manifests are indented deeply.
  @inline(__always)
  func pastSpaces(_ s: Int, _ e: Int) -> Int {
    var i = s
    if let base = b.baseAddress {
      let raw = UnsafeRawPointer(base)
      while i + 8 <= e {
        // the bytes that are not spaces are the ones left not zero
        let other = ByteWords.load(raw, i) ^ ByteWords.repeating(Self.space)
        if other != 0 { return i + ByteWords.firstMarked(other) }
        i += 8
      }
    }
    while i < e && b[i] == Self.space { i += 1 }
    return i
  }

  /// Whether `-` at `col` of line `l` opens a sequence entry.
  private func isEntry(_ l: Int, _ col: Int) -> Bool {
    let e = stop(l)
    return col < e && b[col] == Self.dash && (col + 1 == e || b[col + 1] == Self.space)
  }

  /// Whether nothing but blanks and a comment (after a blank) follow `i` on line `l`.
  func restIsBlank(_ l: Int, from i: Int) -> Bool {
    let e = stop(l)
    var j = i
    while j < e && (b[j] == Self.space || b[j] == Self.tab) { j += 1 }
    return j == e || (b[j] == Self.hash && j > i)
  }

  private func text(_ from: Int, _ to: Int) -> String {
    UTF8Text.string(UnsafeBufferPointer(rebasing: b[from..<to]))
  }

  // MARK: - Collections

  /// The node on the lines below the current one: indented deeper than `parentIndent` (or a
  /// sequence at it, for a mapping value); `.null` when there is none.
  private mutating func blockNode(parentIndent: Int, sequenceAtParent: Bool, depth: Int) -> Value? {
    guard depth < BlockManifestReader.maxDepth else { return nil }
    guard skipBlankLines() else { return nil }
    guard line < end, let n = indent(line) else { return line < end ? nil : .null }
    let col = start(line) + n
    if isEntry(line, col) {
      guard n > parentIndent || (sequenceAtParent && n == parentIndent) else { return .null }
      return sequence(indent: n, depth: depth)
    }
    guard n > parentIndent else { return .null }
    if Self.opensNonKey(b[col]) {
      // a document that is one block scalar: libyaml has rules of its own for those
      if parentIndent < 0 && (b[col] == UInt8(ascii: "|") || b[col] == UInt8(ascii: ">")) { return nil }
      return scalar(at: col, parentIndent: parentIndent, depth: depth)
    }
    switch key(at: col) {
    case .fail: return nil
    case .key: return mapping(indent: n, depth: depth)
    case .notKey: return scalar(at: col, parentIndent: parentIndent, depth: depth)
    }
  }

  private mutating func sequence(indent n: Int, depth: Int) -> Value? {
    var items: [Value] = []
    while true {
      guard skipBlankLines() else { return nil }
      guard line < end, let ind = indent(line) else {
        return line < end ? nil : building ? .list(items) : .null
      }
      if ind < n { break }
      guard ind == n else { return nil }
      let dash = start(line) + n
      guard isEntry(line, dash) else { break }
      let e = stop(line)
      var c = dash + 1
      while c < e && b[c] == Self.space { c += 1 }
      if c < e && b[c] == Self.tab { return nil }
      let item: Value?
      if c == e || b[c] == Self.hash {
        line += 1
        item = blockNode(parentIndent: n, sequenceAtParent: false, depth: depth + 1)
      } else if isEntry(line, c) {
        return nil  // `- - x`
      } else if Self.opensNonKey(b[c]) {
        item = scalar(at: c, parentIndent: n, depth: depth + 1)
      } else {
        switch key(at: c) {
        case .fail: return nil
        case .key: item = mapping(indent: c - start(line), depth: depth + 1)
        case .notKey: item = scalar(at: c, parentIndent: n, depth: depth + 1)
        }
      }
      guard let item else { return nil }
      if building { items.append(item) }
    }
    return building ? .list(items) : .null
  }

  /// A block mapping whose keys stand at column `m`; its first key is on the current line.
  private mutating func mapping(indent m: Int, depth: Int) -> Value? {
    guard depth < BlockManifestReader.maxDepth else { return nil }
    let base = entries.count
    defer { entries.removeLast(entries.count - base) }
    var first = true
    while true {
      if !first {
        guard skipBlankLines() else { return nil }
        guard line < end, let ind = indent(line) else {
          return line < end ? nil : building ? .map(GoMap(dictionary(from: base))) : .null
        }
        if ind < m { break }
        guard ind == m else { return nil }
      }
      first = false
      guard case .key(let name, let after) = key(at: start(line) + m) else { return nil }
      let e = stop(line)
      var c = after
      while c < e && b[c] == Self.space { c += 1 }
      if c < e && b[c] == Self.tab { return nil }
      let root = depth == 0 && keepingRootKeys != nil
      if root { building = keepingRootKeys?(name) ?? true }
      let value: Value?
      if c == e || b[c] == Self.hash {
        line += 1
        value = blockNode(parentIndent: m, sequenceAtParent: true, depth: depth + 1)
      } else {
        value = scalar(at: c, parentIndent: m, depth: depth + 1)
      }
      guard let value else { return nil }
      if building { entries.append(Entry(name: name, value: value)) }
      if root { building = true }
    }
    return building ? .map(GoMap(dictionary(from: base))) : .null
  }

  /// The dictionary of the entries from `base` on (Go map semantics: the last of equal keys
  /// wins).
  private func dictionary(from base: Int) -> [String: Value] {
    var storage: [String: Value] = Dictionary(minimumCapacity: entries.count - base)
    for i in base..<entries.count { storage[entries[i].name] = entries[i].value }
    return storage
  }

  // MARK: - Keys

  enum KeyScan {
    /// The key's text and the offset just after its `:`.
    case key(String, Int)
    case notKey
    case fail
  }

  /// The mapping key starting at offset `c` of the current line.
  private func key(at c: Int) -> KeyScan {
    let e = stop(line)
    let first = b[c]
    if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
      // a quoted scalar that does not close on its line is no simple key
      guard let (name, close) = quotedOnLine(c) else { return .notKey }
      var i = close
      while i < e && b[i] == Self.space { i += 1 }
      guard i < e && b[i] == Self.colon else { return .notKey }
      guard i + 1 == e || b[i + 1] == Self.space, i - c <= Self.maxKeyLength else { return .fail }
      return .key(name, i + 1)
    }
    guard Self.startsPlain(b, c, e) else { return .fail }
    var i = c
    while i < e {
      i = nextColonOrHash(i, e)
      guard i < e else { break }
      let ch = b[i]
      if ch == Self.colon && (i + 1 == e || b[i + 1] == Self.space) { break }
      if ch == Self.hash && (b[i - 1] == Self.space || b[i - 1] == Self.tab) { return .notKey }
      i += 1
    }
    guard i < e else { return .notKey }
    guard i - c <= Self.maxKeyLength else { return .fail }
    var k = i
    while k > c && (b[k - 1] == Self.space || b[k - 1] == Self.tab) { k -= 1 }
    guard let name = keys.key(b, c, k, resolve: PlainDocumentDecoder.plainKey) else { return .fail }
    return .key(name, i + 1)
  }

  /// The offset of the first `:` or `#` in `i..<e` (`e` when none), eight bytes at a time:
  /// a line that holds no key is scanned to its end.
  @inline(__always)
  private func nextColonOrHash(_ from: Int, _ e: Int) -> Int {
    var i = from
    if let base = b.baseAddress {
      let raw = UnsafeRawPointer(base)
      while i + 8 <= e {
        let x = ByteWords.load(raw, i)
        let found =
          ByteWords.zeroBytes(x ^ ByteWords.repeating(Self.colon))
          | ByteWords.zeroBytes(x ^ ByteWords.repeating(Self.hash))
        if found != 0 { return i + ByteWords.firstMarked(found) }
        i += 8
      }
    }
    while i < e && b[i] != Self.colon && b[i] != Self.hash { i += 1 }
    return i
  }

  /// Whether a node starting with `c` is a flow collection or a block scalar, never a key.
  private static func opensNonKey(_ c: UInt8) -> Bool {
    c == UInt8(ascii: "[") || c == UInt8(ascii: "{") || c == UInt8(ascii: "|") || c == UInt8(ascii: ">")
  }

  /// Whether a plain scalar may start at `c`: not at an indicator, except `-`, `?` and `:`
  /// followed by a character that is not a blank.
  private static func startsPlain(_ b: UnsafeBufferPointer<UInt8>, _ c: Int, _ e: Int) -> Bool {
    switch b[c] {
    case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
      return c + 1 < e && b[c + 1] != space && b[c + 1] != tab
    case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
      UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
      UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
      UInt8(ascii: "`"), space, tab:
      return false
    default:
      return true
    }
  }

  // MARK: - Scalars

  /// The scalar written from offset `c` of the current line (a literal block scalar goes on
  /// over the lines below); moves past what it read.
  private mutating func scalar(at c: Int, parentIndent: Int, depth: Int) -> Value? {
    let e = stop(line)
    switch b[c] {
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      guard let (s, last, close) = quoted(c, foldingAbove: parentIndent), restIsBlank(last, from: close)
      else {
        return nil
      }
      line = last + 1
      return .string(s)
    case UInt8(ascii: "|"), UInt8(ascii: ">"):
      return blockScalar(header: c, parentIndent: parentIndent)
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      guard let (value, after) = flowNode(at: c, depth: depth), restIsBlank(line, from: after) else {
        return nil
      }
      line += 1
      return value
    default:
      guard Self.startsPlain(b, c, e) else { return nil }
      return plain(at: c, parentIndent: parentIndent)
    }
  }

  /// A plain scalar from offset `c` of the current line, folded over the lines below that
  /// are indented deeper than `parentIndent` (a line break becomes a space, each empty line
  /// a line feed).
  private mutating func plain(at c: Int, parentIndent: Int) -> Value? {
    guard let (to, firstCommented) = plainRun(c, stop(line)) else { return nil }
    // a value not built is resolved only where it may be a number (one that is not finite,
    // `.inf` or `1e400`, sends the document to the full path); it still reads its lines
    let resolving = building || Self.mayBeNumber(b[c])
    var commented = firstCommented
    var folded: [UInt8] = []  // the scalar's text once a continuation line is met
    var l = line + 1
    var empty = 0
    line += 1
    while l < end {
      let s = start(l)
      let e = stop(l)
      guard let n = indent(l) else { return nil }
      let j = s + n
      if j == e {
        empty += 1
        l += 1
        continue
      }
      if j - s <= parentIndent || b[j] == Self.hash { break }
      // a continuation line
      guard !commented, !(b[j] == Self.dash && (j + 1 == e || b[j + 1] == Self.space)),
        let (lineEnd, lineCommented) = plainRun(j, e)
      else { return nil }
      if resolving {
        if folded.isEmpty { folded.append(contentsOf: UnsafeBufferPointer(rebasing: b[c..<to])) }
        if empty == 0 {
          folded.append(Self.space)
        } else {
          folded.append(contentsOf: repeatElement(0x0A, count: empty))
        }
        folded.append(contentsOf: UnsafeBufferPointer(rebasing: b[j..<lineEnd]))
      }
      commented = lineCommented
      empty = 0
      l += 1
      line = l
    }
    guard resolving else { return .null }
    let value =
      folded.isEmpty
      ? PlainDocumentDecoder.plainScalar(text(c, to))
      : PlainDocumentDecoder.plainScalar(String(decoding: folded, as: UTF8.self))
    return building ? value : value.map { _ in .null }
  }

  /// Whether a plain scalar starting with `c` may resolve to a number.
  private static func mayBeNumber(_ c: UInt8) -> Bool {
    c == UInt8(ascii: ".") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
      || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
  }

  /// The end of a plain scalar's text on one line from `c` (trailing blanks cut), and whether
  /// a comment follows it; nil at `: ` or a final `:`, which a plain scalar cannot hold.
  private func plainRun(_ c: Int, _ e: Int) -> (Int, Bool)? {
    var i = c
    var commented = false
    while i < e {
      let ch = b[i]
      if ch == Self.colon && (i + 1 == e || b[i + 1] == Self.space || b[i + 1] == Self.tab) { return nil }
      if ch == Self.hash && i > c && (b[i - 1] == Self.space || b[i - 1] == Self.tab) {
        commented = true
        break
      }
      i += 1
    }
    while i > c && (b[i - 1] == Self.space || b[i - 1] == Self.tab) { i -= 1 }
    return (i, commented)
  }

  /// A literal or folded block scalar (`|`, `>`, with `-` or `+`) whose header is at offset
  /// `h`, folded as libyaml folds; nil for an indentation indicator, an empty scalar, or a
  /// leading blank line wider than the content's indentation.
  private mutating func blockScalar(header h: Int, parentIndent: Int) -> Value? {
    let folded = b[h] == UInt8(ascii: ">")
    var i = h + 1
    let e = stop(line)
    var chomp: UInt8 = 0
    if i < e && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+")) {
      chomp = b[i]
      i += 1
    }
    guard restIsBlank(line, from: i), i == e || b[i] == Self.space || b[i] == Self.tab else { return nil }
    line += 1
    // the content's indentation: its first line that is not blank
    var widest = 0
    var m = -1
    var l = line
    while l < end {
      let s = start(l)
      let le = stop(l)
      guard let n = indent(l) else { return nil }
      let j = s + n
      if j < le {
        m = j - s
        break
      }
      widest = max(widest, j - s)
      l += 1
    }
    if m <= parentIndent {
      // no content: the scalar is empty, its blank lines are its own
      guard chomp != UInt8(ascii: "+") else { return nil }
      line = l
      return .string("")
    }
    guard widest <= m else { return nil }
    var out: [UInt8] = []
    var breaks = 0  // empty lines since the last content line
    var started = false
    var previousBlank = false  // the last content line starts with a blank
    var lastBreak = false  // the last content line ends with a line feed
    while line < end {
      let s = start(line)
      let le = stop(line)
      var j = s
      while j < le && b[j] == Self.space { j += 1 }
      let hasBreak = lines[line + 1] > le
      if j == le && j - s <= m {
        if hasBreak { breaks += 1 }
        line += 1
        continue
      }
      if j - s < m { break }
      let content = s + m
      let blank = b[content] == Self.space || b[content] == Self.tab
      // a scalar under a root key not kept is walked (its lines must still be well-formed)
      // but not assembled: a chart's large config maps are read for their kind and name
      if building {
        if started {
          if folded && !previousBlank && !blank {
            if breaks == 0 { out.append(Self.space) }
          } else {
            out.append(0x0A)
          }
        }
        for _ in 0..<breaks { out.append(0x0A) }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[content..<le]))
      }
      breaks = 0
      started = true
      previousBlank = blank
      lastBreak = hasBreak
      line += 1
    }
    guard building else { return .null }
    // the last content line's break (none when the stream ends on it), then for `+` the
    // empty lines after it
    switch chomp {
    case UInt8(ascii: "-"): break
    case UInt8(ascii: "+"): out.append(contentsOf: repeatElement(0x0A, count: (lastBreak ? 1 : 0) + breaks))
    default: if lastBreak { out.append(0x0A) }
    }
    return .string(UTF8Text.string(out))
  }

  // MARK: - Flow collections on one line

  /// The flow collection opening at `c` and closing on the same line, holding scalars and
  /// flow collections: its value and the offset after it.
  private func flowNode(at c: Int, depth: Int) -> (Value, Int)? {
    guard depth < BlockManifestReader.maxDepth else { return nil }
    let e = stop(line)
    let isList = b[c] == UInt8(ascii: "[")
    let close = isList ? UInt8(ascii: "]") : UInt8(ascii: "}")
    var items: [Value] = []
    var storage: [String: Value] = [:]
    var i = pastSpaces(c + 1, e)
    while true {
      guard i < e else { return nil }
      if b[i] == close { return (isList ? Value.list(items) : Value.map(GoMap(storage)), i + 1) }
      if isList {
        guard let (item, after) = flowItem(at: i, depth: depth) else { return nil }
        i = pastSpaces(after, e)
        guard i < e, b[i] != Self.colon else { return nil }  // `[a: b]`: a pair
        items.append(item)
      } else {
        guard let (name, after) = flowKey(at: i) else { return nil }
        i = pastSpaces(after, e)
        guard i < e, b[i] != UInt8(ascii: ","), b[i] != close,
          let (item, next) = flowItem(at: i, depth: depth)
        else { return nil }  // `{a}`, `{a: }`: the full path says what they are
        storage[name] = item
        i = pastSpaces(next, e)
      }
      guard i < e else { return nil }
      if b[i] == UInt8(ascii: ",") {
        i = pastSpaces(i + 1, e)
      } else if b[i] != close {
        return nil
      }
    }
  }

  /// A scalar or collection inside a flow collection.
  private func flowItem(at i: Int, depth: Int) -> (Value, Int)? {
    switch b[i] {
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      return flowNode(at: i, depth: depth + 1)
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      guard let (s, after) = quotedOnLine(i) else { return nil }
      return (.string(s), after)
    default:
      guard let end = flowPlainEnd(from: i), end > i,
        let value = PlainDocumentDecoder.plainScalar(text(i, trimmedEnd(i, end)))
      else { return nil }
      return (value, end)
    }
  }

  /// A flow mapping's key and the offset after its `:` (which a blank must follow).
  private func flowKey(at i: Int) -> (String, Int)? {
    let e = stop(line)
    if b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") {
      guard let (name, next) = quotedOnLine(i) else { return nil }
      let after = pastSpaces(next, e)
      // in a flow collection a `:` after a quoted key needs no blank (`{"name":"a"}`)
      guard after < e, b[after] == Self.colon else { return nil }
      return (name, after + 1)
    }
    guard let after = flowPlainEnd(from: i), after > i,
      let name = PlainDocumentDecoder.plainKey(text(i, trimmedEnd(i, after))),
      after + 1 < e, b[after] == Self.colon, b[after + 1] == Self.space
    else { return nil }
    return (name, after + 1)
  }

  /// Where a plain scalar in a flow collection ends (before `,`, a closing bracket, or `:`
  /// and a blank); nil when it cannot be one, or a comment or the line's end cuts it.
  private func flowPlainEnd(from i: Int) -> Int? {
    let e = stop(line)
    guard Self.startsPlain(b, i, e) else { return nil }
    var j = i
    while j < e {
      switch b[j] {
      case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "{"):
        return j
      case Self.colon where j + 1 < e && (b[j + 1] == Self.space || b[j + 1] == UInt8(ascii: ",")):
        return j
      case Self.hash where b[j - 1] == Self.space:
        return nil
      case Self.tab:
        return nil
      default:
        j += 1
      }
    }
    return nil
  }

  private func trimmedEnd(_ from: Int, _ to: Int) -> Int {
    var k = to
    while k > from && b[k - 1] == Self.space { k -= 1 }
    return k
  }
}
