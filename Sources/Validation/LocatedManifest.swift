import Values
import YAML

/// One document of a manifest stream, with what places validation errors on the line of
/// the offending field: its node tree, or the text it reads again from when asked.
public struct LocatedManifest: Sendable {
  /// The decoded resource handed to the validator.
  public var resource: ManifestResource
  /// Why the document (or its whole stream) could not be read, if it could not.
  public var readError: String?
  private let origin: Origin

  /// Where the document's nodes come from.
  private enum Origin {
    case nodes(ManifestDocument?)
    /// The stream's text, the document's bytes in it and the line they start on.
    case text(String, Range<Int>, firstLine: Int)
  }

  /// A document whose node tree the caller holds (nil when the stream could not be read).
  public init(resource: ManifestResource, document: ManifestDocument?, readError: String? = nil) {
    self.resource = resource
    self.origin = .nodes(document)
    self.readError = readError
  }

  /// A document that `BlockManifestReader` read: its nodes are read from its text when asked.
  init(resource: ManifestResource, stream: String, document: BlockManifestReader.Document) {
    self.resource = resource
    self.origin = .text(stream, document.bytes, firstLine: document.firstLine)
    self.readError = nil
  }

  /// The document's nodes (nil when the stream could not be read).
  public var document: ManifestDocument? {
    switch origin {
    case .nodes(let document):
      return document
    case .text(let stream, let bytes, let firstLine):
      let utf8 = stream.utf8
      let slice = utf8[
        utf8.index(
          utf8.startIndex, offsetBy: bytes.lowerBound)..<utf8.index(
            utf8.startIndex, offsetBy: bytes.upperBound)]
      return try? ManifestReader.readDocument(String(Substring(slice)), firstLine: firstLine)
    }
  }

  /// Every document of `input` (a YAML or JSON stream). A stream with a syntax error yields
  /// one unreadable entry; a document that does not convert to JSON yields an unreadable entry.
  public static func read(_ input: ManifestInput) -> [LocatedManifest] {
    if let documents = BlockManifestReader.read(input.text) {
      return documents.enumerated().map { index, document in
        LocatedManifest(
          resource: ManifestResource(source: input.name, documentIndex: index, object: document.value),
          stream: input.text, document: document)
      }
    }
    let documents: [ManifestDocument]
    do {
      documents = try ManifestReader.read(input.text)
    } catch {
      return [
        LocatedManifest(
          resource: ManifestResource(source: input.name, documentIndex: 0, object: .null), document: nil,
          readError: "\(error)")
      ]
    }
    return documents.enumerated().map { index, document in
      let resource = ManifestResource(source: input.name, documentIndex: index, object: .null)
      do {
        var r = resource
        r.object = try document.value()
        return LocatedManifest(resource: r, document: document)
      } catch {
        return LocatedManifest(resource: resource, document: document, readError: "\(error)")
      }
    }
  }
}

extension LocatedManifest {
  /// Every document of every input, in input order; inputs are read concurrently.
  public static func read(_ inputs: [ManifestInput]) async -> [LocatedManifest] {
    await withTaskGroup(of: (Int, [LocatedManifest]).self) { group in
      for (i, input) in inputs.enumerated() {
        group.addTask { (i, read(input)) }
      }
      var parts = [[LocatedManifest]](repeating: [], count: inputs.count)
      for await (i, part) in group { parts[i] = part }
      return parts.flatMap { $0 }
    }
  }
}
