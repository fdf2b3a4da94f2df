import Foundation
import YAML

/// Finds the line of a manifest validation error in the document it was found in: the
/// node its JSON path designates, the refused key for `additionalProperties`, or the
/// nearest existing parent for a missing field.
public enum ManifestErrorLocator {
  /// 1-based line and column in the stream the document was read from; nil when the
  /// document has no nodes.
  public static func mark(of error: ManifestError, in document: ManifestDocument) -> Mark? {
    if let node = document.node(atPointer: error.path) {
      if error.keyword == "additionalProperties", let key = firstQuoted(error.message),
        let keyNode = keyNode(named: key, in: node.resolved)
      {
        return keyNode.mark
      }
      if let parentKey = keyNodeForPointer(error.path, in: document) { return parentKey.mark }
      return node.mark
    }
    return document.nearestNode(toPointer: error.path)?.mark
  }

  /// The key node of the last token of `pointer` (a mapping value's own line may be the
  /// next line for a block collection; the key is where the field is written).
  public static func keyNodeForPointer(_ pointer: String, in document: ManifestDocument) -> YAMLNode? {
    guard let slash = pointer.lastIndex(of: "/") else { return nil }
    let parentPointer = String(pointer[..<slash])
    let token = String(pointer[pointer.index(after: slash)...])
      .replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    guard let parent = document.node(atPointer: parentPointer)?.resolved, parent.kind == .mapping else {
      return nil
    }
    return keyNode(named: token, in: parent)
  }

  static func keyNode(named name: String, in mapping: YAMLNode) -> YAMLNode? {
    guard mapping.kind == .mapping else { return nil }
    return mapping.pairs.last { $0.key.kind == .scalar && $0.key.value == name }?.key
  }

  /// The text between the first pair of single quotes of `message`.
  static func firstQuoted(_ message: String) -> String? {
    guard let open = message.firstIndex(of: "'") else { return nil }
    let rest = message[message.index(after: open)...]
    guard let close = rest.firstIndex(of: "'") else { return nil }
    return String(rest[..<close])
  }
}
