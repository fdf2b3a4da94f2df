import Values

/// A field a chart generates when it renders (a random password, a token), named in
/// `chartc.yaml` per environment: `generated: [{kind: Secret, name: x, path: /data/password}]`.
/// Golden files and diffs compare it as present and well formed rather than byte for byte,
/// and golden files show it as `GeneratedField.placeholder`.
public struct GeneratedField: Sendable, Equatable {
  /// The object's kind and name (and namespace, when given) in the rendered stream.
  public var kind: String
  public var name: String
  public var namespace: String?
  /// A JSON pointer to the field (`/data/password`).
  public var path: String

  public init(kind: String, name: String, namespace: String? = nil, path: String) {
    self.kind = kind
    self.name = name
    self.namespace = namespace
    self.path = path
  }

  /// What a golden file holds in place of a generated value (readable, and valid base64 so a Secret
  /// `data` entry stays valid).
  public static let placeholder = "chartc+generated"

  /// Whether this names the object `kind`/`name` in `namespace`.
  public func names(kind: String, name: String, namespace: String) -> Bool {
    self.kind == kind && self.name == name && (self.namespace.map { $0 == namespace } ?? true)
  }

  /// The pointer's tokens (`/data/password` → `["data", "password"]`).
  public var tokens: [String] { JSONPointerToken.keys(of: path) }
}
