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
}
