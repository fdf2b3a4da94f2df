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
    /// The stream's text and the document `BlockManifestReader` found in it.
    case text(String, BlockManifestReader.Document)
    /// Nodes the caller reads when they are asked for.
    case onDemand(@Sendable () -> ManifestDocument?)
  }

  /// A document whose node tree the caller holds (nil when the stream could not be read).
  public init(resource: ManifestResource, document: ManifestDocument?, readError: String? = nil) {
    self.resource = resource
    self.origin = .nodes(document)
    self.readError = readError
  }

  /// A document whose nodes the caller reads when they are asked for (to place an error).
  public init(
    resource: ManifestResource, readError: String? = nil, nodes: @escaping @Sendable () -> ManifestDocument?
  ) {
    self.resource = resource
    self.origin = .onDemand(nodes)
    self.readError = readError
  }

  /// A document that `BlockManifestReader` read: its nodes are read from its text when asked.
  init(resource: ManifestResource, stream: String, document: BlockManifestReader.Document) {
    self.resource = resource
    self.origin = .text(stream, document)
    self.readError = nil
  }

  /// The document's nodes (nil when the stream could not be read).
  public var document: ManifestDocument? {
    switch origin {
    case .nodes(let document):
      return document
    case .text(let stream, let document):
      return try? document.nodes(in: stream)
    case .onDemand(let nodes):
      return nodes()
    }
  }

  /// Every document of `input` (a YAML or JSON stream). A stream with a syntax error yields
  /// one unreadable entry; a document that does not convert to JSON yields an unreadable entry.
  public static func read(_ input: ManifestInput) -> [LocatedManifest] {
    if let documents = BlockManifestReader.read(input.text),
      let located = locatedDocuments(documents, of: input)
    {
      return located
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
  /// The documents `BlockManifestReader` found, each one it could not read itself read from
  /// its own text through libyaml; nil when one of those does not read or decode there, and
  /// the whole stream must be read (so the errors are worded and placed as for the stream).
  static func locatedDocuments(_ documents: [BlockManifestReader.Document], of input: ManifestInput)
    -> [LocatedManifest]?
  {
    var out: [LocatedManifest] = []
    out.reserveCapacity(documents.count)
    for (index, document) in documents.enumerated() {
      var resource = ManifestResource(source: input.name, documentIndex: index, object: .null)
      if let value = document.value {
        resource.object = value
        out.append(LocatedManifest(resource: resource, stream: input.text, document: document))
        continue
      }
      guard
        let nodes = try? document.nodes(in: input.text),
        let value = try? nodes.value()
      else { return nil }
      resource.object = value
      out.append(LocatedManifest(resource: resource, document: nodes))
    }
    return out
  }

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
