/// Maps a position in `helm template`'s output stream back to the rendered file it came
/// from and, through an optional template source map, to the template line that produced it.
///
/// Helm frames each document as `---\n# Source: <path>\n<document>`; each document is found
/// again, as text, in the rendered file `<path>` (Helm trims it when splitting), which gives
/// the document's first line in that file.
public struct RenderedStreamLocator: Sendable {
  private static let dash = UInt8(ascii: "-")
  private static let sourcePrefix = Array("# Source: ".utf8)
  /// `(rendered file path, UTF-8 offset in the rendered file)` → the template that wrote that
  /// byte and its 1-based line.
  public typealias TemplateResolver =
    @Sendable (_ file: String, _ offset: Int) -> (template: String, line: Int)?

  /// One framed document of the stream.
  struct Segment: Sendable {
    /// The `# Source:` path.
    var path: String
    /// 1-based stream line of the document's first line.
    var firstStreamLine: Int
    /// 1-based line of that first line in the rendered file; nil when not found there.
    var firstFileLine: Int?
  }

  let segments: [Segment]
  let fileLineStarts: [String: [Int]]
  let files: [String: [UInt8]]
  let resolver: TemplateResolver?

  public init(stream: String, files: [String: String], resolver: TemplateResolver? = nil) {
    var bytesByFile: [String: [UInt8]] = [:]
    var lineStarts: [String: [Int]] = [:]
    for (path, text) in files {
      let bytes = Array(text.utf8)
      bytesByFile[path] = bytes
      lineStarts[path] = Self.lineStarts(of: bytes)
    }
    // the stream's lines as byte ranges (split at every `\n`, as Helm writes the frames)
    let text = Array(stream.utf8)
    let starts = Self.lineStarts(of: text)
    func end(ofLine i: Int) -> Int { i + 1 < starts.count ? starts[i + 1] - 1 : text.count }
    func isFrame(_ i: Int) -> Bool {
      i + 1 < starts.count && end(ofLine: i) - starts[i] == 3 && text[starts[i]] == Self.dash
        && text[starts[i] + 1] == Self.dash && text[starts[i] + 2] == Self.dash
        && end(ofLine: i + 1) - starts[i + 1] >= Self.sourcePrefix.count
        && text[starts[i + 1]..<starts[i + 1] + Self.sourcePrefix.count].elementsEqual(Self.sourcePrefix)
    }
    var segments: [Segment] = []
    var used: [String: Set<Int>] = [:]
    var i = 0
    while i < starts.count {
      guard isFrame(i) else {
        i += 1
        continue
      }
      let path = String(
        decoding: text[(starts[i + 1] + Self.sourcePrefix.count)..<end(ofLine: i + 1)], as: UTF8.self)
      let first = i + 2
      var next = first
      while next < starts.count, !isFrame(next) { next += 1 }
      var fileLine: Int? = nil
      if let bytes = bytesByFile[path], let fileStarts = lineStarts[path], first < next {
        var content = text[starts[first]..<end(ofLine: next - 1)]
        while let last = content.last, last == 0x0A || last == 0x20 || last == 0x09 || last == 0x0D {
          content.removeLast()
        }
        if !content.isEmpty, let offset = Self.find(content, in: bytes, skipping: used[path] ?? []) {
          used[path, default: []].insert(offset)
          fileLine = Self.lineIndex(of: offset, in: fileStarts) + 1
        }
      }
      segments.append(Segment(path: path, firstStreamLine: first + 1, firstFileLine: fileLine))
      i = next
    }
    self.segments = segments
    self.fileLineStarts = lineStarts
    self.files = bytesByFile
    self.resolver = resolver
  }

  /// The offset of each line's first byte.
  private static func lineStarts(of bytes: [UInt8]) -> [Int] {
    var starts = [0]
    for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
    return starts
  }

  /// The framed document holding stream line `line` (1-based): the last whose first line is
  /// at or before it.
  private func segment(holding line: Int) -> Segment? {
    var lo = 0
    var hi = segments.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if segments[mid].firstStreamLine <= line { lo = mid + 1 } else { hi = mid }
    }
    return lo == 0 ? nil : segments[lo - 1]
  }

  /// Where stream position (`line`, `column`, 1-based) came from: `templates/x.yaml:12`
  /// when the template line is known, else `templates/x.yaml (rendered line 40)`;
  /// nil outside any framed document.
  public func location(line: Int, column: Int = 1) -> String? {
    guard let found = origin(line: line, column: column) else { return nil }
    switch found {
    case .template(let file, let line): return "\(file):\(line)"
    case .rendered(let file, let line): return "\(file) (rendered line \(line))"
    case .stream(let file, let line): return "\(file) (output line \(line))"
    }
  }

  /// What wrote a stream position: a template line, else a line of the rendered file, else
  /// (a document not found in its rendered file) the stream line under its `# Source:` path.
  public enum Origin: Sendable, Equatable {
    case template(file: String, line: Int)
    case rendered(file: String, line: Int)
    case stream(file: String, line: Int)
  }

  /// The origin of stream position (`line`, `column`, 1-based); nil outside any framed document.
  public func origin(line: Int, column: Int = 1) -> Origin? {
    guard let segment = segment(holding: line) else { return nil }
    guard let firstFileLine = segment.firstFileLine else {
      return .stream(file: segment.path, line: line)
    }
    let fileLine = firstFileLine + (line - segment.firstStreamLine)
    if let resolver, let starts = fileLineStarts[segment.path], let bytes = files[segment.path],
      fileLine - 1 < starts.count
    {
      var offset = starts[fileLine - 1]
      // columns count characters
      var remaining = column - 1
      while remaining > 0, offset < bytes.count, bytes[offset] != 0x0A {
        offset += 1
        while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
        remaining -= 1
      }
      if let found = resolver(segment.path, offset) {
        return .template(file: found.template, line: found.line)
      }
    }
    return .rendered(file: segment.path, line: fileLine)
  }

  /// The `# Source:` path of the document holding stream line `line`.
  public func sourcePath(line: Int) -> String? {
    segment(holding: line)?.path
  }

  /// The rendered file and line of a stream line (for tests and reports).
  public func renderedPosition(line: Int) -> (file: String, line: Int)? {
    guard let segment = segment(holding: line),
      let first = segment.firstFileLine
    else { return nil }
    return (segment.path, first + (line - segment.firstStreamLine))
  }

  static func lineIndex(of offset: Int, in starts: [Int]) -> Int {
    var lo = 0
    var hi = starts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// First offset of `needle` in `haystack` not in `skipping`.
  static func find(_ needle: ArraySlice<UInt8>, in haystack: [UInt8], skipping: Set<Int>) -> Int? {
    guard let first = needle.first, needle.count <= haystack.count else { return nil }
    var i = 0
    let last = haystack.count - needle.count
    while i <= last {
      if haystack[i] == first, !skipping.contains(i) {
        var j = 1
        while j < needle.count, haystack[i + j] == needle[needle.startIndex + j] { j += 1 }
        if j == needle.count { return i }
      }
      i += 1
    }
    return nil
  }
}
