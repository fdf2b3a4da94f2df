import Charts
import Checking
import Foundation
import GoLib
import Values
import YAML

/// The lint configuration of a project (`lint:` in `chartc.yaml`) or of one chart
/// (`.chartc.yaml` beside its `Chart.yaml`): rule severities, exclusions by chart,
/// environment and resource, and references that live outside the release.
public struct LintConfiguration: Sendable {
  /// A rule's configured state: off, or on at a severity.
  public enum RuleSetting: Sendable, Equatable {
    case off
    case severity(Severity)
  }

  /// Findings to drop: of these rules, for charts, environments and resources matching
  /// the glob patterns (an empty list matches everything), with the reason why.
  public struct Exclusion: Sendable {
    public var rules: [String]
    public var charts: [String] = []
    public var environments: [String] = []
    public var kinds: [String] = []
    public var names: [String] = []
    public var reason: String
    /// Where it was declared (`file:line`).
    public var origin: String

    public init(
      rules: [String], charts: [String] = [], environments: [String] = [], kinds: [String] = [],
      names: [String] = [], reason: String, origin: String
    ) {
      self.rules = rules
      self.charts = charts
      self.environments = environments
      self.kinds = kinds
      self.names = names
      self.reason = reason
      self.origin = origin
    }
  }

  /// An object the release uses but does not render (`kind`, `name` glob).
  public struct ExternalReference: Sendable {
    public var kind: String
    public var name: String
  }

  public var rules: [String: RuleSetting] = [:]
  public var exclusions: [Exclusion] = []
  public var externalReferences: [ExternalReference] = []
  /// Problems in the configuration itself (unknown keys, unknown rule ids), as findings of
  /// rule `lint-config` at their file and line.
  public var problems: [Finding] = []

  public init() {}

  /// This configuration with `other` laid over it (chart-level over project-level).
  public func overlaid(with other: LintConfiguration) -> LintConfiguration {
    var merged = self
    for (id, setting) in other.rules { merged.rules[id] = setting }
    merged.exclusions += other.exclusions
    merged.externalReferences += other.externalReferences
    merged.problems += other.problems
    return merged
  }

  /// The severity a rule reports at, or nil when it is off.
  public func severity(of rule: String, default severity: Severity) -> Severity? {
    switch rules[rule] {
    case .off?: nil
    case .severity(let s)?: s
    case nil: severity
    }
  }

  /// The exclusion that drops `finding` in `chart`/`environment`, if any.
  public func exclusion(for finding: Finding, chart: String, environment: String?) -> Exclusion? {
    exclusions.first { exclusion in
      (exclusion.rules.contains("*") || exclusion.rules.contains(finding.rule))
        && LintGlob.matchesAny(exclusion.charts, chart)
        && (exclusion.environments.isEmpty
          || environment.map { LintGlob.matchesAny(exclusion.environments, $0) } ?? false)
        && (exclusion.kinds.isEmpty
          || finding.object.map { LintGlob.matchesAny(exclusion.kinds, $0.kind) } ?? false)
        && (exclusion.names.isEmpty
          || finding.object.map { LintGlob.matchesAny(exclusion.names, $0.name) } ?? false)
    }
  }

  /// Whether a `missing-reference` finding names a declared external object.
  public func isExternal(_ finding: Finding) -> Bool {
    guard finding.rule == "missing-reference" else { return false }
    let text = finding.message.lowercased()
    var words: [String]?
    return externalReferences.contains { reference in
      guard ByteSearch.contains(text, reference.kind.lowercased()) else { return false }
      if words == nil { words = LintGlob.words(of: finding.message) }
      return words!.contains { LintGlob.matches(reference.name, $0) }
    }
  }
}

/// Glob patterns (`*`, `?`, `[...]`) over names, as fnmatch reads them.
enum LintGlob {
  static func matches(_ pattern: String, _ text: String) -> Bool {
    fnmatch(pattern, text, 0) == 0
  }

  /// Whether any pattern matches (an empty list matches everything).
  static func matchesAny(_ patterns: [String], _ text: String) -> Bool {
    patterns.isEmpty || patterns.contains { matches($0, text) }
  }

  /// The quoted or bare words of a message, to find the names it mentions.
  static func words(of message: String) -> [String] {
    message.split { wordSeparators.contains($0) }.map(String.init)
  }

  /// What separates the words of a message.
  private static let wordSeparators: Set<Character> = [" ", "\"", "'", "`", ",", ":", "(", ")", "[", "]"]
}
