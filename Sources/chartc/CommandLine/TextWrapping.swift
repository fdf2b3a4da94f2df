/// Wraps help text as swift-argument-parser wrapped it, so that help reads as it always has:
/// each line at most `width - indent` characters, broken at the last space that fits (or the
/// first space after, for a longer word), hard newlines kept, non-empty lines indented.
enum TextWrapping {
  static func wrap(_ text: String, width: Int, indent: Int = 0) -> String {
    let columns = width - indent
    guard columns > 0 else { return "" }
    var lines: [Substring] = []
    var current = text.startIndex
    while true {
      let chunk = text[current...].prefix(columns)
      if let lineBreak = chunk.lastIndex(of: "\n") {
        lines += text[current..<lineBreak].split(separator: "\n", omittingEmptySubsequences: false)
        current = text.index(after: lineBreak)
      } else if chunk.endIndex == text.endIndex {
        lines.append(text[current...])
        break
      } else if let space = chunk.lastIndex(of: " ") {
        lines.append(text[current..<space])
        current = text.index(after: space)
      } else if let space = text[current...].firstIndex(of: " ") {
        lines.append(text[current..<space])
        current = text.index(after: space)
      } else {
        lines.append(text[current...])
        break
      }
    }
    let margin = String(repeating: " ", count: indent)
    return lines.map { $0.isEmpty ? "" : margin + $0 }.joined(separator: "\n")
  }
}
