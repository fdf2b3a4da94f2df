import GoLib
import Values

/// Kubernetes' object-name validation as Helm's lint applies it per kind
/// (`validateMetadataNameFunc`), with apimachinery's messages.
public enum KubernetesNameValidation {
  /// The problems of `name` for an object of `kind` (empty when valid).
  public static func problems(name: String, kind: String) -> [String] {
    switch kind.lowercased() {
    case "service": return dns1035Label(name)
    case "namespace": return dns1123Label(name)
    case "certificatesigningrequest": return []
    case "role", "clusterrole", "rolebinding", "clusterrolebinding": return pathSegmentName(name)
    default: return dns1123Subdomain(name)
    }
  }

  /// Helm's message for an invalid name, or nil.
  public static func helmMessage(name: String, kind: String) -> String? {
    let problems = problems(name: name, kind: kind)
    if problems.isEmpty { return nil }
    var seen: Set<String> = []
    let errors = problems.map { "metadata.name: Invalid value: \(GoStrconv.quote(name)): \($0)" }.filter {
      seen.insert($0).inserted
    }
    let aggregate = errors.count == 1 ? errors[0] : "[" + errors.joined(separator: ", ") + "]"
    return
      "object name does not conform to Kubernetes naming requirements: \(GoStrconv.quote(name)): \(aggregate)"
  }

  static func dns1123Subdomain(_ value: String) -> [String] {
    let format: String? =
      isSubdomain(value)
      ? nil
      : "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
    return errors(value, maxLength: 253, format: format)
  }

  static func dns1123Label(_ value: String) -> [String] {
    var format: String? = nil
    if !isLabel(value, firstMayBeDigit: true) {
      format =
        isSubdomain(value)
        ? "must not contain dots"
        : "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
    }
    return errors(value, maxLength: 63, format: format)
  }

  static func dns1035Label(_ value: String) -> [String] {
    let format: String? =
      isLabel(value, firstMayBeDigit: false)
      ? nil
      : "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"
    return errors(value, maxLength: 63, format: format)
  }

  /// A validation's errors, as Kubernetes lists them: the length first, then the format.
  private static func errors(_ value: String, maxLength: Int, format: String?) -> [String] {
    var errors: [String] = []
    if value.utf8.count > maxLength { errors.append("must be no more than \(maxLength) characters") }
    if let format { errors.append(format) }
    return errors
  }

  static func pathSegmentName(_ value: String) -> [String] {
    for illegal in [".", ".."] where value == illegal { return ["may not be '\(illegal)'"] }
    return ["/", "%"].filter { value.contains($0) }.map { "may not contain '\($0)'" }
  }

  private static func isLowerAlnum(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
  }

  /// `[a-z0-9]([-a-z0-9]*[a-z0-9])?` (or `[a-z]...` when the first may not be a digit).
  private static func isLabel<S: BidirectionalCollection>(_ bytes: S, firstMayBeDigit: Bool) -> Bool
  where S.Element == UInt8 {
    guard let first = bytes.first, let last = bytes.last else { return false }
    if firstMayBeDigit ? !isLowerAlnum(first) : !(first >= 0x61 && first <= 0x7A) { return false }
    if !isLowerAlnum(last) { return false }
    return bytes.allSatisfy { isLowerAlnum($0) || $0 == 0x2D }
  }

  private static func isLabel(_ value: String, firstMayBeDigit: Bool) -> Bool {
    isLabel(Array(value.utf8), firstMayBeDigit: firstMayBeDigit)
  }

  private static func isSubdomain(_ value: String) -> Bool {
    let labels = Array(value.utf8).split(separator: 0x2E, omittingEmptySubsequences: false)
    return labels.allSatisfy { isLabel($0, firstMayBeDigit: true) }
  }
}
