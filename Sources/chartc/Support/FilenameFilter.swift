import Foundation
import Validation

/// kubeconform's `-ignore-filename-pattern`: inputs whose name matches any of the regular
/// expressions are left out.
struct FilenameFilter {
  let expressions: [NSRegularExpression]

  init(patterns: [String]) throws {
    expressions = try patterns.map { pattern in
      do {
        return try NSRegularExpression(pattern: pattern)
      } catch {
        throw CommandFailure("--ignore-filename-pattern \(pattern): invalid regular expression")
      }
    }
  }

  func keep(_ inputs: [ManifestInput]) -> [ManifestInput] {
    inputs.filter { input in
      let range = NSRange(input.name.startIndex..., in: input.name)
      return !expressions.contains { $0.firstMatch(in: input.name, range: range) != nil }
    }
  }
}
