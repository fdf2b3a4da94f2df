extension BlockManifestReader.Document {
  /// The document's text in `stream`, the stream it was read from.
  public func text(in stream: String) -> String {
    let utf8 = stream.utf8
    let from = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
    let to = utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)
    return String(Substring(utf8[from..<to]))
  }

  /// The document's nodes, read from its text in `stream` through libyaml, with the positions
  /// a read of the whole stream gives them; nil when the text holds more than one document.
  /// Throws the syntax error of the text.
  public func nodes(in stream: String) throws -> ManifestDocument? {
    try ManifestReader.readSole(text(in: stream), firstLine: firstLine)
  }

  /// 1-based line of the document's first node (`ManifestDocument.startLine`): its first line
  /// that holds more than blanks and a comment; nil when it has none.
  public func firstContentLine(in stream: String) -> Int? {
    var stream = stream
    return stream.withUTF8 { b -> Int? in
      var line = firstLine
      var s = bytes.lowerBound
      while s < bytes.upperBound {
        var e = s
        while e < bytes.upperBound && b[e] != 0x0A { e += 1 }
        if !BlockManifestReader.isBlankOrComment(b, s, e) { return line }
        s = e + 1
        line += 1
      }
      return nil
    }
  }

  /// 1-based line of the `---` that starts the document; nil for content before the first
  /// marker. (The reader starts a document only at the top of the stream or on the line
  /// after a `---` line.)
  public var markerLine: Int? { firstLine > 1 ? firstLine - 1 : nil }
}
