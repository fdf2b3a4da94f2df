/// `kubernetes/v<major.minor>.index`: one line per definition and kind of a bundled version,
/// `d <name> <offset> <length>` or `k <kind key> <offset> <length>`, sorted bytewise, each
/// giving the byte range in `definitions.json` of the variant the version uses. A lookup is a
/// binary search over the lines: nothing is parsed or hashed when the file is read.
struct KubernetesVersionIndex: Sendable {
  /// A section of the index.
  enum Section: UInt8 {
    case definition = 0x64  // d
    case kind = 0x6B  // k
  }

  private let text: [UInt8]
  /// Where each line starts.
  private let lines: [Int]

  init(bytes: [UInt8]) {
    text = bytes
    var starts: [Int] = []
    var at = 0
    while at < bytes.count {
      starts.append(at)
      while at < bytes.count, bytes[at] != 0x0A { at += 1 }
      at += 1
    }
    lines = starts
  }

  /// The byte range of the variant of `name` in `section`; nil when the version has none.
  func range(_ section: Section, _ name: String) -> Range<Int>? {
    var name = name
    return name.withUTF8 { key -> Range<Int>? in
      var low = 0
      var high = lines.count
      while low < high {
        let mid = (low + high) / 2
        let order = compare(line: lines[mid], section.rawValue, key)
        if order == 0 { return numbers(line: lines[mid], after: key.count) }
        if order < 0 { low = mid + 1 } else { high = mid }
      }
      return nil
    }
  }

  /// Every name of `section`.
  func names(_ section: Section) -> [String] {
    lines.compactMap { start -> String? in
      guard text[start] == section.rawValue else { return nil }
      var end = start + 2
      while end < text.count, text[end] != 0x20 { end += 1 }
      return String(decoding: text[(start + 2)..<end], as: UTF8.self)
    }
  }

  /// The line at `start` against `section` and `key`: negative when the line sorts before.
  private func compare(line start: Int, _ section: UInt8, _ key: UnsafeBufferPointer<UInt8>) -> Int {
    if text[start] != section { return Int(text[start]) - Int(section) }
    var i = 0
    var at = start + 2
    while true {
      let lineEnded = at >= text.count || text[at] == 0x20
      if i == key.count { return lineEnded ? 0 : 1 }
      if lineEnded { return -1 }
      if text[at] != key[i] { return Int(text[at]) - Int(key[i]) }
      i += 1
      at += 1
    }
  }

  /// The offset and length after the name (of `nameLength` bytes) of the line at `start`.
  private func numbers(line start: Int, after nameLength: Int) -> Range<Int>? {
    var at = start + 2 + nameLength
    func number() -> Int? {
      guard at < text.count, text[at] == 0x20 else { return nil }
      at += 1
      var value = 0
      var digits = 0
      while at < text.count, text[at] >= 0x30, text[at] <= 0x39, digits < 18 {
        value = value * 10 + Int(text[at] - 0x30)
        at += 1
        digits += 1
      }
      return digits > 0 ? value : nil
    }
    guard let offset = number(), let length = number() else { return nil }
    return offset..<(offset + length)
  }
}
