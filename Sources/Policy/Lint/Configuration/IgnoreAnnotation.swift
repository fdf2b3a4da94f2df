import Checking

/// The inline exemption `chartc.io/ignore: "rule-id[,rule-id] -- reason"` on a rendered
/// object: the rules it silences for that object, and why.
public struct IgnoreAnnotation: Sendable, Equatable {
  /// The annotation key.
  public static let key = "chartc.io/ignore"

  public let rules: [String]
  public let reason: String

  /// Parses the annotation's value; a value without `-- reason` or without rules is refused
  /// with a message.
  public static func parse(_ value: String) -> Result<IgnoreAnnotation, IgnoreAnnotationError> {
    guard let separator = value.range(of: "--") else {
      return .failure(IgnoreAnnotationError("\(key) needs a reason: \"rule-id[,rule-id] -- reason\""))
    }
    let rules = value[..<separator.lowerBound].split(separator: ",").map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
    let reason = value[separator.upperBound...].trimmingCharacters(in: .whitespaces)
    if rules.isEmpty { return .failure(IgnoreAnnotationError("\(key) names no rule: \"\(value)\"")) }
    if reason.isEmpty {
      return .failure(IgnoreAnnotationError("\(key) needs a reason after \"--\": \"\(value)\""))
    }
    return .success(IgnoreAnnotation(rules: rules, reason: reason))
  }
}

/// Why an ignore annotation was refused.
public struct IgnoreAnnotationError: Error, Sendable, Equatable, CustomStringConvertible {
  public let description: String
  public init(_ description: String) { self.description = description }
}
