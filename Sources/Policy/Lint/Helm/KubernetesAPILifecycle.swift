/// When a built-in Kubernetes API version of a kind is deprecated and removed, and what
/// replaces it: the data `k8s.io/api` generates (`APILifecycleDeprecated`...) that Helm's
/// deprecation lint reads through client-go's scheme.
public struct KubernetesAPILifecycle: Sendable {
  /// The release (major, minor) that deprecates it.
  public let deprecated: (major: Int, minor: Int)
  /// The release that stops serving it ((0, 0) when unknown).
  public let removed: (major: Int, minor: Int)
  /// The API to use instead, if any.
  public let replacement: (apiVersion: String, kind: String)?

  /// The lifecycle of `apiVersion` `kind`, when it is a deprecated built-in API.
  public static func of(apiVersion: String, kind: String) -> KubernetesAPILifecycle? {
    table["\(apiVersion) \(kind)"]
  }

  /// The generated `rows`, keyed by `apiVersion kind`.
  static let table: [String: KubernetesAPILifecycle] = {
    var table: [String: KubernetesAPILifecycle] = [:]
    for row in rows {
      let fields = row.split(separator: " ").map(String.init)
      guard fields.count == 4 || fields.count == 6, let deprecated = release(fields[2]),
        let removed = release(fields[3])
      else { continue }
      table["\(fields[0]) \(fields[1])"] = KubernetesAPILifecycle(
        deprecated: deprecated, removed: removed,
        replacement: fields.count == 6 ? (apiVersion: fields[4], kind: fields[5]) : nil)
    }
    return table
  }()

  /// `1.22` as (major, minor).
  private static func release(_ text: String) -> (major: Int, minor: Int)? {
    let parts = text.split(separator: ".")
    guard parts.count == 2, let major = Int(parts[0]), let minor = Int(parts[1]) else { return nil }
    return (major, minor)
  }

  /// Whether it is deprecated in Kubernetes `major.minor` (client-go's `IsDeprecated`).
  public func isDeprecated(inMajor major: Int, minor: Int) -> Bool {
    if major == 0 && minor == 0 { return true }
    if deprecated.major == 0 && deprecated.minor == 0 { return false }
    return (major, minor) >= (deprecated.major, deprecated.minor)
  }

  /// Whether it is no longer served in Kubernetes `major.minor`.
  public func isRemoved(inMajor major: Int, minor: Int) -> Bool {
    if removed.major == 0 && removed.minor == 0 { return false }
    return (major, minor) >= (removed.major, removed.minor)
  }

  /// client-go's `WarningMessage`: `extensions/v1beta1 Ingress is deprecated in v1.14+,
  /// unavailable in v1.22+; use networking.k8s.io/v1 Ingress`.
  public func warning(apiVersion: String, kind: String) -> String {
    var message = "\(apiVersion) \(kind) is deprecated"
    if deprecated.major > 0 || deprecated.minor > 0 {
      message += " in v\(deprecated.major).\(deprecated.minor)+"
    }
    if removed.major > 0 || removed.minor > 0 {
      message += ", unavailable in v\(removed.major).\(removed.minor)+"
    }
    if let replacement { message += "; use \(replacement.apiVersion) \(replacement.kind)" }
    return message
  }
}
