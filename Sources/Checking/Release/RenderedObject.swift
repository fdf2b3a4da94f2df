import GoLib
import Validation
import Values
import YAML

/// One document of a render's output stream: the decoded object, its YAML nodes, and the
/// way back from any of its fields to the template line that wrote it.
public struct RenderedObject: Sendable {
  /// 0-based position in the release's stream (hooks and tests included).
  public let index: Int
  /// The template that rendered it (the `# Source:` path, `mychart/templates/x.yaml`).
  public let template: String
  /// The object as the API server decodes it (`.map` for an object, `.null` when empty).
  public let value: Value
  /// The document's nodes, with stream positions.
  public var document: ManifestDocument { nodes.document }
  /// Why the document could not be decoded, if it could not.
  public let readError: String?
  /// Who the object is: apiVersion, kind, namespace as applied, name.
  public let reference: ObjectReference
  /// The values of its `helm.sh/hook` annotation (`pre-install`, `test`...); empty for a
  /// release manifest.
  public let hooks: [String]
  let places: TemplatePlaces
  let nodes: Nodes

  /// Where the document's nodes come from.
  enum Nodes: Sendable {
    /// Read with the stream.
    case read(ManifestDocument)
    /// Read from the document's text when first asked for.
    case onDemand(DocumentNodesOnDemand)

    /// The nodes, read now if they were not.
    var document: ManifestDocument {
      switch self {
      case .read(let document): return document
      case .onDemand(let nodes): return nodes.value
      }
    }
  }

  init(
    index: Int, template: String, value: Value, nodes: Nodes, readError: String?,
    releaseNamespace: String, places: TemplatePlaces
  ) {
    self.index = index
    self.template = template
    self.value = value
    self.nodes = nodes
    self.readError = readError
    self.places = places
    let head = ObjectHead(value: value, nodes: nodes)
    let kind = head.string(at: ["kind"]) ?? ""
    let written = head.string(at: ["metadata", "namespace"]) ?? ""
    let namespace =
      ClusterScopedKinds.contains(kind: kind)
      ? "" : (written.isEmpty ? releaseNamespace : written)
    reference = ObjectReference(
      apiVersion: head.string(at: ["apiVersion"]) ?? "", kind: kind, namespace: namespace,
      name: head.string(at: ["metadata", "name"]) ?? "")
    hooks =
      head.hookAnnotation.map {
        $0.split(separator: ",").map { GoSpace.trim(String($0)) }
      } ?? []
  }

  public var apiVersion: String { reference.apiVersion }
  public var kind: String { reference.kind }
  public var name: String { reference.name }
  public var namespace: String { reference.namespace }

  /// Whether the object is a Helm hook (it runs transiently, around install or upgrade).
  public var isHook: Bool { !hooks.isEmpty }
  /// Whether the object is a `helm test` hook.
  public var isTest: Bool { hooks.contains { $0 == "test" || $0 == "test-success" || $0 == "test-failure" } }

  /// Where the document starts.
  public var place: SourcePlace? {
    guard let line = document.root?.mark.line ?? Optional(document.startLine) else { return nil }
    return places.place(line: line, column: 1)
  }

  /// The template line that wrote the field at `pointer` (`/spec/template/spec/containers/0/image`):
  /// the line of its key where it has one, else of its value; for a field that is absent, the
  /// nearest enclosing field.
  public func place(ofPointer pointer: String) -> SourcePlace? {
    guard let mark = mark(ofPointer: pointer) else { return place }
    return places.place(line: mark.line, column: mark.column)
  }

  /// The stream position (1-based line and column) of the field at `pointer`.
  public func mark(ofPointer pointer: String) -> Mark? {
    guard let node = document.node(atPointer: pointer) else {
      return document.nearestNode(toPointer: pointer)?.mark
    }
    return (ManifestErrorLocator.keyNodeForPointer(pointer, in: document) ?? node).mark
  }

}
