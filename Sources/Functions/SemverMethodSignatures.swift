import GoLib
import Template
import Values

extension SemverVersion: GoMethodSignatures {
  /// The comparison methods take a `*semver.Version`, as in Masterminds/semver.
  public func parameterTypes(ofMethod name: String) -> (fixed: [GoArgumentType], variadic: GoArgumentType?)? {
    switch name {
    case "Compare", "LessThan", "LessThanEqual", "GreaterThan", "GreaterThanEqual", "Equal":
      return ([.named("*semver.Version")], nil)
    default: return nil
    }
  }
}
