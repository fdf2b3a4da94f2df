import Checking

/// Credentials in clear text: `env-secret-literal` (kube-linter env-var-secret, Polaris
/// sensitiveContainerEnvVar), `configmap-sensitive-key` (Polaris
/// sensitiveConfigmapContent), and `duplicate-env-var` (kube-linter duplicate-env-var).
enum SecretExposureRules {
  static var all: [any LintRule] {
    [
      ContainerCheck(
        about: .envSecretLiteral,
        inspect: { container, _ in
          (container.value.field("env")?.items ?? []).enumerated().compactMap { i, env in
            guard let name = env.field("name")?.text, let value = env.field("value")?.text, !value.isEmpty,
              SensitiveName.matches(name), !SensitiveName.isReference(value)
            else { return nil }
            return Problem(
              "\(container.label) sets \(name) to a literal value",
              at: Pointer.join(container.pointer, "env", String(i), "value"))
          }
        }),
      ObjectCheck(
        about: .configmapSensitiveKey,
        kinds: ["ConfigMap"],
        inspect: { configMap, _ in
          (configMap.value.field("data")?.stringMap ?? [:]).sorted { $0.key < $1.key }.compactMap {
            key, value in
            guard SensitiveName.matches(key), !value.isEmpty, !SensitiveName.isReference(value) else {
              return nil
            }
            return Problem("ConfigMap key \(key) looks like a credential", at: Pointer.join("/data", key))
          }
        }),
      ContainerCheck(
        about: .duplicateEnvVar,
        inspect: { container, _ in
          var seen: Set<String> = []
          return (container.value.field("env")?.items ?? []).enumerated().compactMap { i, env in
            guard let name = env.field("name")?.text else { return nil }
            return seen.insert(name).inserted
              ? nil
              : Problem(
                "\(container.label) sets \(name) twice",
                at: Pointer.join(container.pointer, "env", String(i), "name"))
          }
        }),
    ]
  }
}

/// Names that suggest a credential (`DB_PASSWORD`, `api-token`, `AWS_SECRET_ACCESS_KEY`).
enum SensitiveName {
  static let words: Set<String> = [
    "PASSWORD", "PASSWD", "PWD", "SECRET", "TOKEN", "CREDENTIAL", "CREDENTIALS", "APIKEY", "PASSPHRASE",
  ]
  /// A last word that makes the name a pointer to a credential rather than one.
  static let harmless: Set<String> = [
    "FILE", "PATH", "DIR", "NAME", "REF", "URL", "ENDPOINT", "HEADER", "ID", "TTL", "TIMEOUT", "ENABLED",
    "TYPE", "LENGTH", "KEY_ID",
  ]

  /// Words that make the name about a credential's name or handling, not the credential.
  static let handling: Set<String> = ["EXISTING", "PULL", "ALLOW", "EMPTY", "SECRETNAME"]
  /// File extensions: a key that names a script or file (`manage-es-token.js`).
  static let fileExtensions: Set<String> = [
    "JS", "SH", "PY", "YAML", "YML", "JSON", "CONF", "TXT", "TPL", "LUA", "XML", "INI", "PEM", "CRT",
  ]

  static func matches(_ name: String) -> Bool {
    let parts = name.uppercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    guard let last = parts.last, !harmless.contains(last),
      !fileExtensions.contains(last) || !name.contains("."),
      !parts.contains(where: { handling.contains($0) })
    else { return false }
    if parts.contains(where: { words.contains($0) }) { return true }
    return last == "KEY" && parts.count > 1
  }

  /// Values that point elsewhere or are switches: `$(VAR)` expansion, a file path, a
  /// boolean (`ALLOW_EMPTY_PASSWORD=yes`).
  static func isReference(_ value: String) -> Bool {
    value.hasPrefix("$(") || value.hasPrefix("/") || value.hasPrefix("${")
      || ["true", "false", "yes", "no", "on", "off", "0", "1"].contains(value.lowercased())
  }
}
