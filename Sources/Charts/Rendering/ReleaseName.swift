/// Helm's release-name check (`helm template` runs it before rendering).
public enum ReleaseName {
  /// The name `helm template` uses when none is given.
  public static let defaultName = "release-name"
  /// The longest name Helm accepts.
  public static let maxLength = 53
  /// The pattern Helm prints in its message.
  public static let pattern = #"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"#

  /// The error Helm reports for `name`, or nil when it is valid:
  /// `release name check failed: release name "X": invalid release name, must match regex
  /// <pattern> and the length must not be longer than 53` (or `… no name provided`).
  public static func checkFailure(_ name: String) -> String? {
    if name.isEmpty { return "release name check failed: no name provided" }
    if isValid(name) { return nil }
    return
      "release name check failed: release name \(goQuoted(name)): invalid release name, must match regex \(pattern) and the length must not be longer than \(maxLength)"
  }

  /// Whether `name` matches the pattern and is at most 53 bytes long.
  public static func isValid(_ name: String) -> Bool {
    let bytes = Array(name.utf8)
    guard !bytes.isEmpty, bytes.count <= maxLength else { return false }
    func alnum(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }
    // Dot-separated labels, each `[a-z0-9]([-a-z0-9]*[a-z0-9])?`.
    for label in bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
      guard let first = label.first, let last = label.last, alnum(first), alnum(last) else { return false }
      guard label.allSatisfy({ alnum($0) || $0 == UInt8(ascii: "-") }) else { return false }
    }
    return true
  }
}
