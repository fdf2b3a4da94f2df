import Values
import YAML

/// The strings that name a rendered object (`apiVersion`, `kind`, `metadata.name`,
/// `metadata.namespace`, the `helm.sh/hook` annotation), read as `ManifestDocument` reads them
/// from the nodes: from the decoded object where it holds a string there (or nothing, a null
/// or a collection, which name nothing), from the nodes for any other scalar (a number or a
/// boolean, stringified as YAML wrote it).
struct ObjectHead {
  let value: Value
  let nodes: RenderedObject.Nodes

  /// The string at `path` (`ManifestDocument.string(at:)`).
  func string(at path: [String]) -> String? {
    if case .read(let document) = nodes { return document.string(at: path) }
    guard let found = value.descendant(at: path) else { return nil }
    return Self.names(found) ? found.stringValue : document.string(at: path)
  }

  /// The `helm.sh/hook` annotation (`ManifestDocument.annotations`).
  var hookAnnotation: String? {
    let key = "helm.sh/hook"
    if case .read(let document) = nodes { return document.annotations[key] }
    guard let annotations = value.descendant(at: ["metadata", "annotations"])?.mapValue,
      let found = annotations[key]
    else { return nil }
    return Self.names(found) ? found.stringValue : document.annotations[key]
  }

  /// Whether the decoded object answers for `found` alone: a string names itself; a null or a
  /// collection names nothing. Any other scalar is stringified as the nodes hold it.
  private static func names(_ found: Value) -> Bool {
    switch found {
    case .string(_), .null, .list(_), .map(_): return true
    default: return false
    }
  }

  private var document: ManifestDocument { nodes.document }
}
