import Values
import YAML

/// The documents of a manifest stream decoded into objects, each able to name the template
/// place of its fields: what a render yields, and what a recorded stream (a current golden
/// file) yields without rendering.
public struct StreamObjects: Sendable {
  /// Every document, in order (hooks and tests included).
  public let objects: [RenderedObject]
  /// Why the stream could not be read as YAML, when it could not (then `objects` is empty).
  public let readError: String?

  /// Decodes `stream` (a `helm template` output, `# Source:` comments included) as released
  /// into `namespace`, without the render's source maps: places name the `# Source:` template
  /// and the line in the stream.
  ///
  /// A recorded stream is one a successful render printed, so every document decodes (the
  /// render would have failed otherwise); `decodesWhole` may then limit full decoding to the
  /// kinds a reader needs: the other objects' values hold only `apiVersion`, `kind` and
  /// `metadata`.
  public init(
    recordedStream stream: String, namespace: String, decodesWhole: (_ kind: String) -> Bool = { _ in true }
  ) {
    self.init(
      stream: stream, places: TemplatePlaces(stream: stream, files: [:], sourceMaps: nil),
      namespace: namespace,
      decodesWhole: decodesWhole)
  }

  private static let headKeys: Set<String> = ["apiVersion", "kind", "metadata"]

  init(
    stream: String, places: TemplatePlaces, namespace: String, decodesWhole: (String) -> Bool = { _ in true }
  ) {
    if let read = Self.blockObjects(stream: stream, places: places, namespace: namespace) {
      (objects, readError) = (read, nil)
    } else {
      (objects, readError) = Self.fullObjects(
        stream: stream, places: places, namespace: namespace, decodesWhole: decodesWhole)
    }
  }

  /// The objects of `stream` read with their nodes (libyaml), and why the stream could not be
  /// read when it could not.
  static func fullObjects(
    stream: String, places: TemplatePlaces, namespace: String, decodesWhole: (String) -> Bool = { _ in true }
  ) -> ([RenderedObject], String?) {
    let documents: [ManifestDocument]
    let streamError: String?
    do {
      documents = try ManifestReader.read(stream)
      streamError = nil
    } catch {
      documents = []
      streamError = "\(error)"
    }
    var objects: [RenderedObject] = []
    objects.reserveCapacity(documents.count)
    for (index, document) in documents.enumerated() {
      let value: Value
      var readError: String? = nil
      do {
        value =
          try decodesWhole(document.kind) ? document.value() : document.value(keepingRootKeys: Self.headKeys)
      } catch {
        value = .null
        readError = "\(error)"
      }
      objects.append(
        RenderedObject(
          index: index, template: places.sourcePath(line: document.startLine) ?? "", value: value,
          nodes: .read(document), readError: readError, releaseNamespace: namespace, places: places))
    }
    return (objects, streamError)
  }

  /// The objects of `stream` as `BlockManifestReader` reads them, each document's nodes read
  /// when first asked for (a document without a node, or one the reader leaves to libyaml,
  /// is read with its nodes at once); nil when a document does not read or decode there, and
  /// the whole stream is read the full way (so errors are worded as for the stream).
  static func blockObjects(stream: String, places: TemplatePlaces, namespace: String) -> [RenderedObject]? {
    guard let documents = BlockManifestReader.read(stream) else { return nil }
    var objects: [RenderedObject] = []
    objects.reserveCapacity(documents.count)
    for (index, document) in documents.enumerated() {
      let value: Value
      let nodes: RenderedObject.Nodes
      let startLine: Int
      if let read = document.value, !read.isNil, let line = document.firstContentLine(in: stream) {
        (value, startLine) = (read, line)
        nodes = .onDemand(DocumentNodesOnDemand(stream: stream, document: document))
      } else {
        guard
          let read = try? document.nodes(in: stream),
          let decoded = try? read.value()
        else { return nil }
        if read.root != nil {
          startLine = read.startLine
          nodes = .read(read)
        } else {
          // no node: the document starts where its `---` is, as in the whole stream
          guard let marker = document.markerLine else { return nil }
          startLine = marker
          nodes = .read(ManifestDocument.empty(startLine: marker))
        }
        value = decoded
      }
      objects.append(
        RenderedObject(
          index: index, template: places.sourcePath(line: startLine) ?? "", value: value, nodes: nodes,
          readError: nil, releaseNamespace: namespace, places: places))
    }
    return objects
  }
}
