import GoLib
import Values

/// Reads a manifest stream written the way nearly every rendered manifest is written — block
/// mappings and sequences; plain, single- and double-quoted scalars (also over several
/// lines); literal and folded block scalars; flow collections that close on their line —
/// straight to the values sigs.k8s.io/yaml decodes (as `PlainDocumentDecoder` gives them),
/// without libyaml's events or a node tree.
///
/// Anything else leaves the document without a value: flow collections over several lines,
/// block scalars with an indentation indicator, anchors, aliases, tags, merge keys, keys that
/// are not strings, complex keys, tabs in indentation, continuation lines not indented below
/// their parent, and every malformed input; carriage returns, characters YAML refuses,
/// directives, `...` and text on a `---` line leave the whole stream unread. The caller then
/// reads that text through libyaml, which answers exactly and words the errors. Where this
/// reader answers, it answers what that path gives (tests compare the two over the corpus,
/// the YAML test sets and generated quoted scalars).
public enum BlockManifestReader {
  /// One document of the stream.
  public struct Document: Sendable {
    /// The document's value (`.null` when it holds no node); nil when the document is not of
    /// the shape this reader knows, and its text must be read the full way.
    public let value: Value?
    /// The UTF-8 offsets of the document's lines (after its `---` line) in the stream.
    public let bytes: Range<Int>
    /// 1-based line of the document's first line in the stream.
    public let firstLine: Int
  }

  /// Collections nested deeper than this take the full path (as `PlainDocumentDecoder`'s).
  static let maxDepth = PlainDocumentDecoder.maxDepth

  /// Every document of `text`, in the order and number libyaml finds them, each with its
  /// value where it is of the plain block shape; nil when the stream itself is not (its
  /// characters, directives, `...`, text on a `---` line).
  public static func read(_ text: String) -> [Document]? {
    read(text, keepingRootKeys: nil)
  }

  /// `read`, building of each document's root mapping only the values under the keys
  /// `keep` accepts (the others are read and checked as fully, then dropped).
  static func read(_ text: String, keepingRootKeys keep: ((String) -> Bool)?) -> [Document]? {
    var text = text
    return text.withUTF8 { bytes -> [Document]? in
      guard acceptsCharacters(bytes) else { return nil }
      let lines = lineStarts(bytes)
      guard let parts = documentLines(bytes, lines) else { return nil }
      var out: [Document] = []
      out.reserveCapacity(parts.count)
      let keys = BlockKeyCache(lines: lines.count)
      for part in parts {
        var parser = BlockDocumentParser(
          bytes: bytes, lines: lines, line: part.lowerBound, end: part.upperBound, keys: keys,
          keepingRootKeys: keep)
        let value = parser.document()
        let start = lines[part.lowerBound]
        let end = lines[part.upperBound]
        out.append(Document(value: value, bytes: start..<end, firstLine: part.lowerBound + 1))
      }
      return out
    }
  }

  /// The value of `text` when it holds exactly one document and this reader reads it whole:
  /// what `yaml.Unmarshal` of sigs.k8s.io/yaml gives such a text (its first and only
  /// document). Nil when the full path must answer (no document, several, or one of another
  /// shape).
  public static func soleValue(_ text: String, keepingRootKeys keep: ((String) -> Bool)? = nil) -> Value? {
    guard let documents = read(text, keepingRootKeys: keep), documents.count == 1 else { return nil }
    return documents[0].value
  }

  // MARK: - Characters and lines

  /// Whether every character is one YAML reads as printable text, a tab or a line feed, and
  /// none needs the full path (carriage returns, NEL and the line separators YAML 1.1 breaks
  /// lines at, byte-order marks, the private-use scalars that carry bytes that are not UTF-8).
  static func acceptsCharacters(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = b.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    let zeroBytes = ByteWords.zeroBytes
    var i = 0
    // thirty-two bytes at a time (most manifests are printable ASCII, tabs and line feeds
    // throughout), a block holding anything else byte by byte, the rest eight at a time
    let tab = SIMD32<UInt8>(repeating: 0x09)
    let lineFeed = SIMD32<UInt8>(repeating: 0x0A)
    let space = SIMD32<UInt8>(repeating: 0x20)
    let delete = SIMD32<UInt8>(repeating: 0x7F)
    while i + 32 <= b.count {
      let x = raw.loadUnaligned(fromByteOffset: i, as: SIMD32<UInt8>.self)
      // below a space and neither tab nor line feed, or DEL and above (non-ASCII included)
      let refused = (x .< space) .& (x .!= tab) .& (x .!= lineFeed) .| (x .>= delete)
      if any(refused) { guard acceptsBytes(b, from: i, to: i + 32) else { return false } }
      i += 32
    }
    while i + 8 <= b.count {
      let x = ByteWords.load(raw, i)
      if x & ByteWords.high != 0 {
        guard acceptsBytes(b, from: i, to: i + 8) else { return false }
      } else {
        let control = ~(x &+ ByteWords.repeating(0x60)) & ByteWords.high  // bytes below 0x20
        let allowed = zeroBytes(x ^ ByteWords.repeating(0x0A)) | zeroBytes(x ^ ByteWords.repeating(0x09))
        if control & ~allowed != 0 || zeroBytes(x ^ ByteWords.low7) != 0 { return false }
      }
      i += 8
    }
    return acceptsBytes(b, from: i, to: b.count)
  }

  /// `acceptsCharacters` one byte at a time over `from..<to`.
  private static func acceptsBytes(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
    for j in from..<to {
      let c = b[j]
      if c < 0x20 && c != 0x0A && c != 0x09 || c == 0x7F { return false }
    }
    return acceptsNonASCII(b, from: from, to: to)
  }

  /// Whether no character starting in `from..<to` is one the full path must see: C1
  /// controls (NEL among them), the line and paragraph separators, byte-order marks,
  /// U+FFFE and U+FFFF, and the private-use scalars that carry bytes that are not UTF-8. A
  /// sequence that is not UTF-8 reads as U+FFFD, which passes.
  private static func acceptsNonASCII(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
    func at(_ k: Int) -> UInt8 { k < b.count ? b[k] : 0 }
    func continues(_ k: Int) -> Bool { at(k) & 0xC0 == 0x80 }
    for j in from..<to where b[j] >= 0xC2 {
      let next = at(j + 1)
      switch b[j] {
      case 0xC2: if next >= 0x80 && next < 0xA0 { return false }  // U+0080–U+009F
      case 0xE2: if next == 0x80 && (at(j + 2) == 0xA8 || at(j + 2) == 0xA9) { return false }
      case 0xEE: if continues(j + 1) && continues(j + 2) { return false }  // U+E000–U+EFFF
      case 0xEF:
        guard continues(j + 1) && continues(j + 2) else { continue }
        if next <= 0xA3 { return false }  // U+F000–U+F8FF
        if next == 0xBB && at(j + 2) == 0xBF { return false }  // U+FEFF
        if next == 0xBF && at(j + 2) >= 0xBE { return false }  // U+FFFE, U+FFFF
      case 0xF3, 0xF4:  // U+F0000 and above
        let lowest: UInt8 = b[j] == 0xF3 ? 0xB0 : 0x80
        let highest: UInt8 = b[j] == 0xF3 ? 0xBF : 0x8F
        if next >= lowest && next <= highest && continues(j + 2) && continues(j + 3) { return false }
      default: continue
      }
    }
    return true
  }

  /// The offset where each line starts, then one past the end (`count` lines + 1 entries;
  /// a final line without a line feed counts as a line).
  static func lineStarts(_ b: UnsafeBufferPointer<UInt8>) -> [Int] {
    var starts = [0]
    starts.reserveCapacity(b.count / 24 + 2)
    var i = 0
    while let nl = ByteSearch.offset(of: 0x0A, in: b, from: i) {
      starts.append(nl + 1)
      i = nl + 1
    }
    if starts.last != b.count { starts.append(b.count) }
    return starts
  }

  /// The line ranges of the documents: a `---` line starts one (it must hold nothing more
  /// but a comment), content before the first marker is one when it holds more than blanks
  /// and comments. Nil for directives (`%`) and document-end markers (`...`).
  static func documentLines(_ b: UnsafeBufferPointer<UInt8>, _ lines: [Int]) -> [Range<Int>]? {
    let count = lines.count - 1
    var docs: [Range<Int>] = []
    var start = 0
    var explicit = false
    var hasContent = false
    for l in 0..<count {
      let s = lines[l]
      let e = lineEnd(b, lines, l)
      guard s < e else { continue }
      // (the parser checks the lines after the first content: some are block scalar text)
      if !hasContent && isTabbedBlankOrComment(b, s, e) { return nil }
      let c = b[s]
      if c == UInt8(ascii: "%") { return nil }
      if e - s >= 3 && (c == UInt8(ascii: "-") || c == UInt8(ascii: "."))
        && b[s + 1] == c && b[s + 2] == c && (e - s == 3 || b[s + 3] == 0x20 || b[s + 3] == 0x09)
      {
        if c == UInt8(ascii: ".") { return nil }
        var i = s + 3
        while i < e && (b[i] == 0x20 || b[i] == 0x09) { i += 1 }
        if i < e && b[i] != UInt8(ascii: "#") { return nil }  // content on the marker line
        if explicit || hasContent { docs.append(start..<l) }
        start = l + 1
        explicit = true
        hasContent = false
        continue
      }
      if !hasContent && !isBlankOrComment(b, s, e) { hasContent = true }
    }
    if explicit || hasContent { docs.append(start..<count) }
    return docs
  }

  /// The end of line `l`'s text (its line feed excluded).
  @inline(__always)
  static func lineEnd(_ b: UnsafeBufferPointer<UInt8>, _ lines: [Int], _ l: Int) -> Int {
    let e = lines[l + 1]
    return e > lines[l] && b[e - 1] == 0x0A ? e - 1 : e
  }

  static func isBlankOrComment(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    var i = s
    while i < e && (b[i] == 0x20 || b[i] == 0x09) { i += 1 }
    return i == e || b[i] == UInt8(ascii: "#")
  }

  /// Whether a line that holds only blanks or a comment has a tab before it (libyaml takes
  /// some of those for indentation).
  static func isTabbedBlankOrComment(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    var i = s
    var tabbed = false
    while i < e && (b[i] == 0x20 || b[i] == 0x09) {
      if b[i] == 0x09 { tabbed = true }
      i += 1
    }
    return tabbed && (i == e || b[i] == UInt8(ascii: "#"))
  }
}
