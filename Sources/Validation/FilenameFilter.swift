import Foundation

/// kubeconform's `-ignore-filename-pattern`: inputs whose name matches any of the regular
/// expressions are left out.
public struct FilenameFilter {
  let expressions: [NSRegularExpression]

  /// A pattern that is not a regular expression.
  public struct InvalidPattern: Error, Sendable, CustomStringConvertible {
    public let description: String
  }

  public init(patterns: [String]) throws(InvalidPattern) {
    var expressions: [NSRegularExpression] = []
    for pattern in patterns {
      guard let expression = try? NSRegularExpression(pattern: pattern) else {
        throw InvalidPattern(description: "--ignore-filename-pattern \(pattern): invalid regular expression")
      }
      expressions.append(expression)
    }
    self.expressions = expressions
  }

  public func keep(_ inputs: [ManifestInput]) -> [ManifestInput] {
    inputs.filter { input in
      let range = NSRange(input.name.startIndex..., in: input.name)
      return !expressions.contains { $0.firstMatch(in: input.name, range: range) != nil }
    }
  }
}
