import Values

/// The place of a field inside an object, as the diff names it:
/// `spec.template.spec.containers[name=api].image`, `metadata.labels["app.kubernetes.io/name"]`,
/// `spec.args[2]`. List items are named by their merge key where the list has one.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
  /// One step into an object.
  public enum Segment: Sendable, Hashable {
    /// A map key.
    case key(String)
    /// A list item named by its merge key (`containers[name=api]`), with its index.
    case item(key: String, value: String, index: Int)
    /// A list item named by its position.
    case index(Int)
  }

  public var segments: [Segment]

  public init(_ segments: [Segment] = []) { self.segments = segments }

  public func appending(_ segment: Segment) -> FieldPath { FieldPath(segments + [segment]) }

  public var description: String {
    var out = ""
    for segment in segments {
      switch segment {
      case .key(let key):
        if Self.isPlain(key) {
          out += out.isEmpty ? key : "." + key
        } else {
          out += "[" + Self.quoted(key) + "]"
        }
      case .item(let key, let value, _):
        out += "[\(key)=\(Self.isPlainItemValue(value) ? value : Self.quoted(value))]"
      case .index(let index):
        out += "[\(index)]"
      }
    }
    return out
  }

  /// The path as a JSON pointer (`/spec/template/spec/containers/0/image`), list items by index.
  public var pointer: String {
    segments.map { segment -> String in
      switch segment {
      case .key(let key):
        "/" + JSONPointerToken.escape(key)
      case .item(_, _, let index), .index(let index): "/\(index)"
      }
    }.joined()
  }

  static func isPlain(_ key: String) -> Bool {
    !key.isEmpty
      && !key.contains { $0 == "." || $0 == "[" || $0 == "]" || $0 == "\"" || $0 == "*" || $0.isWhitespace }
  }

  static func isPlainItemValue(_ value: String) -> Bool {
    !value.isEmpty && !value.contains { $0 == "]" || $0 == "\"" || $0 == "[" || $0.isWhitespace }
  }

  static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      + "\""
  }
}
