import Checking
import Foundation
import GoLib
import Values

/// A quantity field that is not a valid Kubernetes quantity, with the object, field and
/// template line it came from.
public struct InvalidQuantity: Error, Sendable, CustomStringConvertible {
  public let value: String
  public let reason: QuantityError
  public let object: ObjectReference?
  public let path: String
  public let place: SourcePlace?

  public var description: String {
    let at = place.map { "\($0): " } ?? ""
    let who = object.map { "\($0) " } ?? ""
    return "\(at)\(who)\(path): invalid quantity \"\(value)\": \(reason)"
  }

  /// The problem as a finding (rule `budget`).
  public var finding: Finding {
    Finding(
      rule: "budget", severity: .error, message: "invalid quantity \"\(value)\" at \(path): \(reason)",
      object: object, path: path, place: place)
  }
}

/// Reads quantities from decoded manifests as the API server does: a string is parsed
/// (surrounding blanks ignored, as `UnmarshalJSON` does); a YAML number goes through JSON
/// first, so `0.5` is `500m` and `1e+06` is `1e6`.
enum ManifestQuantity {
  /// The text the API server parses for `value`, or nil when it is not a scalar.
  static func text(_ value: Value) -> String? {
    switch value {
    case .string(let s): return s.trimmingCharacters(in: .whitespacesAndNewlines)
    case .int(let i): return String(i)
    case .int64(let i): return String(i)
    case .float(let f): return try? GoJSON.formatFloat(f)
    default: return nil
    }
  }

  static func read(_ value: Value, object: ObjectReference?, path: String, place: (String) -> SourcePlace?)
    throws(InvalidQuantity) -> Quantity
  {
    guard let text = text(value) else {
      throw InvalidQuantity(
        value: "\(value)", reason: .formatWrong, object: object, path: path, place: place(path))
    }
    do {
      return try Quantity(text)
    } catch {
      throw InvalidQuantity(value: text, reason: error, object: object, path: path, place: place(path))
    }
  }

  /// A map of resource name → quantity (`resources.requests`, `hard`, `overhead`).
  static func list(
    _ value: Value?, object: ObjectReference?, path: String, place: (String) -> SourcePlace?
  ) throws(InvalidQuantity) -> ResourceList {
    guard case .map(let map)? = value else { return ResourceList() }
    var list = ResourceList()
    for key in map.sortedKeys {
      guard let v = map[key], !v.isNil else { continue }
      list[key] = try read(v, object: object, path: path + "/" + pointerToken(key), place: place)
    }
    return list
  }

  static func pointerToken(_ key: String) -> String {
    JSONPointerToken.escape(key)
  }
}
