import Values

/// `.Release`, the plain map Helm v4 exposes to templates (`.Chart` is `ChartMetadata.templateObject`).
public enum ReleaseObject {
  /// `.Release` as `helm template` sets it.
  public static func make(name: String, namespace: String, isUpgrade: Bool, revision: Int = 1) -> Value {
    .map([
      "Name": .string(name),
      "Namespace": .string(namespace),
      "IsInstall": .bool(!isUpgrade),
      "IsUpgrade": .bool(isUpgrade),
      "Revision": .int(revision),
      "Service": .string("Helm"),
    ])
  }
}
