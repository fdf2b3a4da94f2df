import GoLib

/// The check that a document's `kind` and `apiVersion` may become part of a schema file
/// name under `--schema-location`: each must be a name Kubernetes itself accepts, so no
/// document can name a path outside the folder (`kind: ../outside/creds`).
///
/// The rules are the API server's for custom resources: a kind lower-cased is a DNS-1035
/// label, a group a DNS-1123 subdomain, a version a DNS-1035 label.
enum SchemaFileName {
  /// Why the pair cannot name a schema file, or nil when it can.
  static func problem(apiVersion: String, kind: String) -> String? {
    let parts = apiVersion.split(separator: "/", omittingEmptySubsequences: false)
    let valid: Bool
    switch parts.count {
    case 1: valid = isDNS1035Label(parts[0].lowercased())
    case 2: valid = isDNS1123Subdomain(String(parts[0])) && isDNS1035Label(parts[1].lowercased())
    default: valid = false
    }
    if !valid {
      return
        "apiVersion \(GoStrconv.quote(apiVersion)) is not a Kubernetes group/version: no schema file can have that name"
    }
    if !isDNS1035Label(kind.lowercased()) {
      return "kind \(GoStrconv.quote(kind)) is not a Kubernetes kind name: no schema file can have that name"
    }
    return nil
  }

  /// `[a-z]([-a-z0-9]*[a-z0-9])?`, at most 63 characters.
  static func isDNS1035Label(_ s: String) -> Bool {
    let b = Array(s.utf8)
    guard (1...63).contains(b.count), isLower(b[0]), isLowerOrDigit(b[b.count - 1]) else { return false }
    return b.allSatisfy { isLowerOrDigit($0) || $0 == UInt8(ascii: "-") }
  }

  /// Dot-separated DNS-1123 labels (`[a-z0-9]([-a-z0-9]*[a-z0-9])?`), at most 253 characters.
  static func isDNS1123Subdomain(_ s: String) -> Bool {
    guard (1...253).contains(s.utf8.count) else { return false }
    return s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
      let b = Array(label.utf8)
      guard (1...63).contains(b.count), isLowerOrDigit(b[0]), isLowerOrDigit(b[b.count - 1]) else {
        return false
      }
      return b.allSatisfy { isLowerOrDigit($0) || $0 == UInt8(ascii: "-") }
    }
  }

  private static func isLower(_ c: UInt8) -> Bool { c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") }
  private static func isLowerOrDigit(_ c: UInt8) -> Bool {
    isLower(c) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
  }
}
