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
    let documents: [ManifestDocument]
    do {
      documents = try ManifestReader.read(stream)
      readError = nil
    } catch {
      documents = []
      readError = "\(error)"
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
          document: document, readError: readError, releaseNamespace: namespace, places: places))
    }
    self.objects = objects
  }
}
