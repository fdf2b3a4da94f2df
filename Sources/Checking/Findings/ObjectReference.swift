/// The identity of a Kubernetes object: what `kubectl` and the API server key it by.
public struct ObjectReference: Sendable, Hashable, Comparable, CustomStringConvertible, Encodable {
  public let apiVersion: String
  public let kind: String
  /// The object's namespace as it will be applied (the release namespace when the manifest
  /// names none); empty for cluster-scoped kinds.
  public let namespace: String
  public let name: String

  public init(apiVersion: String, kind: String, namespace: String, name: String) {
    self.apiVersion = apiVersion
    self.kind = kind
    self.namespace = namespace
    self.name = name
  }

  /// The API group (`apps` for `apps/v1`, empty for the core group).
  public var group: String {
    guard let slash = apiVersion.firstIndex(of: "/") else { return "" }
    return String(apiVersion[..<slash])
  }

  /// `Kind/name`, or `Kind/namespace/name` when namespaced.
  public var description: String {
    namespace.isEmpty ? "\(kind)/\(name)" : "\(kind)/\(namespace)/\(name)"
  }

  public static func < (a: ObjectReference, b: ObjectReference) -> Bool {
    (a.group, a.kind, a.namespace, a.name, a.apiVersion) < (
      b.group, b.kind, b.namespace, b.name, b.apiVersion
    )
  }
}
