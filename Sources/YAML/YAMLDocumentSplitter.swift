import GoLib

/// k8s.io/apimachinery's `YAMLReader` over a `LineReader`, as Helm splits values files: a
/// line beginning `---` ends a document (only blanks or a comment may follow it), CRLF line
/// ends become LF, a separator met while no document is pending stays in the next document,
/// and (Helm 4.2.3's bug) a final unterminated line whose length is a multiple of 4096 is lost.
enum YAMLDocumentSplitter {
  struct Document: Equatable {
    let text: String
    /// 1-based line of the document's first line in the whole file.
    let firstLine: Int
  }

  static func split(_ text: String) throws -> [Document] {
    if isOneDocumentAsWritten(text) { return [Document(text: text, firstLine: 1)] }
    return try splitLines(text)
  }

  /// `split` line by line.
  static func splitLines(_ text: String) throws -> [Document] {
    var docs: [Document] = []
    var buffer: [UInt8] = []
    var bufferStart = 1
    var lineNo = 0
    let bytes = Array(text.utf8)
    var i = 0
    while i < bytes.count {
      var j = i
      while j < bytes.count && bytes[j] != 0x0A { j += 1 }
      let terminated = j < bytes.count
      // the line's content: one `\r` before its `\n` dropped
      let start = i
      var end = j
      if terminated && end > start && bytes[end - 1] == 0x0D { end -= 1 }
      i = terminated ? j + 1 : j
      lineNo += 1
      if !terminated && end > start && (end - start) % 4096 == 0 {
        // bufio.Reader.ReadLine hands this line back with io.EOF; YAMLReader drops it.
        break
      }
      if end - start >= 3 && bytes[start] == UInt8(ascii: "-") && bytes[start + 1] == UInt8(ascii: "-")
        && bytes[start + 2] == UInt8(ascii: "-")
      {
        let rest = GoSpace.trim(String(decoding: bytes[(start + 3)..<end], as: UTF8.self))
        if !rest.isEmpty && !rest.hasPrefix("#") {
          throw YAMLError(
            "error reading yaml document: invalid Yaml document separator: " + rest, line: lineNo)
        }
        if !buffer.isEmpty {
          docs.append(Document(text: String(decoding: buffer, as: UTF8.self), firstLine: bufferStart))
          buffer = []
          bufferStart = lineNo + 1
          continue
        }
        if !terminated { break }
        // YAMLReader only drops a separator that ends a document; one met with an empty
        // buffer is kept as the next document's first line (`---#x` is then YAML content).
        bufferStart = lineNo
      }
      buffer.append(contentsOf: bytes[start..<end])
      buffer.append(0x0A)
    }
    if !buffer.isEmpty {
      docs.append(Document(text: String(decoding: buffer, as: UTF8.self), firstLine: bufferStart))
    }
    return docs
  }

  /// Whether `text` is one document that `split` returns as it is: it ends its last line, has
  /// no carriage return to drop and no line starting with `---` (most values files).
  static func isOneDocumentAsWritten(_ text: String) -> Bool {
    text.utf8.last == 0x0A && !text.utf8.starts(with: "---".utf8)
      && ByteSearch.offset(of: "\n---", in: text) == nil && ByteSearch.offset(of: "\r", in: text) == nil
  }
}
