import Values

/// Reads values files (`values.yaml`, `-f` files) exactly as Helm v4.2.3 does: the text is
/// split into documents at lines starting with `---` (k8s YAMLReader rules), each document
/// goes YAML 1.1 → JSON → `map[string]interface {}`, and the documents are deep-merged, later
/// ones winning. Every number becomes a `.float`.
public enum ValuesReader {
  /// The merged values of `text`. Errors carry Helm's message without the caller's prefix
  /// (`cannot load values.yaml: ` for charts, `failed to parse <file>: ` for `-f`), e.g.
  /// `cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 2: ...` or
  /// `error reading yaml document: invalid Yaml document separator: foo`.
  /// `fileName` is informational (kept for callers that report it).
  public static func read(_ text: String, fileName: String = "values.yaml") throws -> Value {
    let result = GoMap()
    for doc in try YAMLDocumentSplitter.split(text) {
      let jsonable: YAMLToJSON.JSONable
      do {
        jsonable = try YAMLToJSON.yamlToJSONable(doc.text)
      } catch let e as YAMLError {
        throw YAMLError("cannot unmarshal yaml document: " + e.message, line: e.line.map { $0 + doc.firstLine - 1 })
      }
      switch jsonable {
      case .object:
        if case .map(let m) = YAMLToJSON.toValue(jsonable) { merge(m, into: result) }
      case .scalar(.null):
        continue
      default:
        throw YAMLError(
          "cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal "
            + YAMLToJSON.jsonTypeWord(jsonable) + " into Go value of type map[string]interface {}")
      }
    }
    return .map(result)
  }

  /// Deep merge: maps recurse, anything else from `src` replaces.
  static func merge(_ src: GoMap, into dst: GoMap) {
    for (k, v) in src.storage {
      if case .map(let sm) = v, case .map(let dm)? = dst.storage[k] {
        merge(sm, into: dm)
      } else {
        dst.storage[k] = v
      }
    }
  }
}

/// k8s.io/apimachinery's `YAMLReader` over a `LineReader`, as Helm splits values files: a
/// line beginning `---` ends a document (only blanks or a comment may follow it), CRLF line
/// ends become LF, and (Helm 4.2.3's bug) a final unterminated line whose length is a
/// multiple of 4096 is lost.
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
      if line.count >= 3 && line[0] == UInt8(ascii: "-") && line[1] == UInt8(ascii: "-") && line[2] == UInt8(ascii: "-") {
        let rest = String(decoding: line[3...], as: UTF8.self).trimmingGoSpace()
        if !rest.isEmpty && !rest.hasPrefix("#") {
          throw YAMLError("error reading yaml document: invalid Yaml document separator: " + rest, line: lineNo)
        }
        if !buffer.isEmpty {
          docs.append(Document(text: String(decoding: buffer, as: UTF8.self), firstLine: bufferStart))
          buffer = []
        }
        bufferStart = lineNo + 1
        continue
      }
      buffer.append(contentsOf: line)
    }
    if !buffer.isEmpty {
      docs.append(Document(text: String(decoding: buffer, as: UTF8.self), firstLine: bufferStart))
    }
    return docs
  }
}

extension String {
  /// Go's `strings.TrimSpace` (ASCII and Unicode white space).
  func trimmingGoSpace() -> String {
    let scalars = Array(unicodeScalars)
    func isSpace(_ u: Unicode.Scalar) -> Bool {
      switch u.value {
      case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0: return true
      default: return u.properties.isWhitespace
      }
    }
    var s = 0
    var e = scalars.count
    while s < e && isSpace(scalars[s]) { s += 1 }
    while e > s && isSpace(scalars[e - 1]) { e -= 1 }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars[s..<e])
    return String(out)
  }
}
