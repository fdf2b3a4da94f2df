import Values
import YAML

/// One document of a manifest stream, kept with its node tree so that validation errors
/// can be placed on the line of the offending field.
public struct LocatedManifest: Sendable {
  /// The decoded resource handed to the validator.
  public var resource: ManifestResource
  /// The document's nodes (nil when the stream could not be read).
  public var document: ManifestDocument?
  /// Why the document (or its whole stream) could not be read, if it could not.
  public var readError: String?

  public init(resource: ManifestResource, document: ManifestDocument?, readError: String? = nil) {
    self.resource = resource
    self.document = document
    self.readError = readError
  }

  /// Every document of `input` (a YAML or JSON stream). A stream with a syntax error yields
  /// one unreadable entry; a document that does not convert to JSON yields an unreadable entry.
  public static func read(_ input: ManifestInput) -> [LocatedManifest] {
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
