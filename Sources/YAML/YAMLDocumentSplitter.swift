import GoLib

/// k8s.io/apimachinery's `YAMLReader` over a `LineReader`, as Helm splits values files: a
/// line beginning `---` ends a document (only blanks or a comment may follow it), CRLF line
/// ends become LF, a separator met while no document is pending stays in the next document,
/// and (Helm 4.2.3's bug) a final unterminated line whose length is a multiple of 4096 is lost.
enum YAMLDocumentSplitter {
  struct Document {
    let text: String
    /// 1-based line of the document's first line in the whole file.
    let firstLine: Int
  }

  static func split(_ text: String) throws -> [Document] {
    var docs: [Document] = []
    var buffer: [UInt8] = []
    var bufferStart = 1
    var lineNo = 0
    let bytes = Array(text.utf8)
    var i = 0
    while i < bytes.count {
      var j = i
      while j < bytes.count && bytes[j] != 0x0A { j += 1 }
      var line = Array(bytes[i..<j])
      let terminated = j < bytes.count
      i = terminated ? j + 1 : j
      lineNo += 1
      if line.last == 0x0D && terminated { line.removeLast() }
      if !terminated && !line.isEmpty && line.count % 4096 == 0 {
        // bufio.Reader.ReadLine hands this line back with io.EOF; YAMLReader drops it.
        break
      }
      line.append(0x0A)
      if line.count >= 3 && line[0] == UInt8(ascii: "-") && line[1] == UInt8(ascii: "-")
        && line[2] == UInt8(ascii: "-")
      {
        let rest = GoSpace.trim(String(decoding: line[3...], as: UTF8.self))
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
      buffer.append(contentsOf: line)
    }
    if !buffer.isEmpty {
      docs.append(Document(text: String(decoding: buffer, as: UTF8.self), firstLine: bufferStart))
    }
    return docs
  }
}
