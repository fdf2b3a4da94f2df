import TestSupport
import Testing

@testable import YAML

/// A text `YAMLDocumentSplitter` returns whole without reading it line by line (it ends its
/// last line, has no carriage return and no line starting `---`) is what the line-by-line
/// split gives; generated texts of lines that do and do not qualify.
struct YAMLDocumentSplitterTests {
  @Test func oneDocumentAsWrittenIsWhatTheLinesGive() throws {
    let lines = ["a: 1", "", "  b: x", "# c", "---", "--- # d", "---x", "key: ---", "é: ü", "\r", " ---"]
    var random = SplitMix64(seed: 0xD0C5)
    var whole = 0
    for _ in 0..<2_000 {
      var text = ""
      for _ in 0..<Int(random.next() % 6) { text += lines[Int(random.next() % UInt64(lines.count))] + "\n" }
      if random.next() % 4 == 0 { text += "tail" }
      let split = try? YAMLDocumentSplitter.splitLines(text)
      if YAMLDocumentSplitter.isOneDocumentAsWritten(text) {
        whole += 1
        #expect(
          split == [YAMLDocumentSplitter.Document(text: text, firstLine: 1)], "\(text.debugDescription)")
      }
      #expect((try? YAMLDocumentSplitter.split(text)) == split, "\(text.debugDescription)")
    }
    #expect(whole > 200)
  }
}
