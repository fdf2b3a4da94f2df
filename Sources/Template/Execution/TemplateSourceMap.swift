/// Which template position wrote each stretch of an execution's output: entries
/// `(output byte offset → template source, node offset)` recorded by the executor as it
/// appends text and action output at the top level (output of `include` and `tpl` is
/// attributed to the action that printed it). Lines are computed only when asked.
public struct TemplateSourceMap: Sendable {
  /// One recorded position: output from `offset` on (until the next entry) came from the
  /// node at `position` of `source`.
  public struct Entry: Sendable {
    public let offset: Int
    let source: TemplateSource
    let position: Int
    /// A text node (its output is its text, so lines advance with the output's newlines).
    public let isText: Bool
  }

  public private(set) var entries: [Entry] = []

  public init() {}

  /// Records that output from `offset` on comes from `position` in `source`; a later entry
  /// at the same offset replaces the earlier one (the earlier node wrote nothing).
  @inline(__always)
  mutating func record(offset: Int, source: TemplateSource, position: Int, isText: Bool) {
    if let last = entries.last, last.offset == offset {
      entries[entries.count - 1] = Entry(offset: offset, source: source, position: position, isText: isText)
      return
    }
    entries.append(Entry(offset: offset, source: source, position: position, isText: isText))
  }

  /// The template file (Go's parse name, e.g. `mychart/templates/deployment.yaml`) and
  /// 1-based line that wrote the output byte at `offset`; `output` is the text the map
  /// describes.
  public func position(ofOutputOffset offset: Int, in output: [UInt8]) -> (file: String, line: Int)? {
    var lo = 0
    var hi = entries.count - 1
    guard hi >= 0, entries[0].offset <= offset else { return nil }
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if entries[mid].offset <= offset { lo = mid } else { hi = mid - 1 }
    }
    let entry = entries[lo]
    var line = TemplateSourceMap.line(of: entry.position, in: entry.source.text)
    if entry.isText {
      var i = entry.offset
      let end = min(offset, output.count)
      while i < end {
        if output[i] == 0x0A { line += 1 }
        i += 1
      }
    }
    return (entry.source.parseName, line)
  }

  /// The map of the same output after every `marker` occurrence was deleted from it (Helm
  /// deletes `<no value>` from rendered files): offsets shift left past each deletion.
  public func removingOccurrences(of marker: [UInt8], from output: [UInt8]) -> TemplateSourceMap {
    guard let first = marker.first, output.count >= marker.count else { return self }
    var removed: [Int] = []  // start offsets of deleted occurrences, ascending
    var i = 0
    while i + marker.count <= output.count {
      if output[i] == first, output[i..<(i + marker.count)].elementsEqual(marker) {
        removed.append(i)
        i += marker.count
      } else {
        i += 1
      }
    }
    guard !removed.isEmpty else { return self }
    var out = TemplateSourceMap()
    var k = 0
    for e in entries {
      while k < removed.count, removed[k] + marker.count <= e.offset { k += 1 }
      var shift = k * marker.count
      if k < removed.count, removed[k] < e.offset { shift += e.offset - removed[k] }
      out.entries.append(
        Entry(offset: e.offset - shift, source: e.source, position: e.position, isText: e.isText))
    }
    return out
  }

  static func line(of position: Int, in text: [UInt8]) -> Int {
    var line = 1
    var i = 0
    let end = min(max(position, 0), text.count)
    while i < end {
      if text[i] == 0x0A { line += 1 }
      i += 1
    }
    return line
  }
}
