/// What a diff leaves out or reveals: ignored fields, suppressed kinds, Secret values, the
/// context of text diffs and how alike two objects must be to count as a rename.
public struct DiffOptions: Sendable {
  /// Fields left out of the comparison (`--ignore-path`).
  public var ignorePaths: [FieldPattern]
  /// Kinds left out (`--suppress`), compared case-insensitively.
  public var suppressedKinds: Set<String>
  /// Show Secret `data` and `stringData` values (`--show-secrets`); masked otherwise.
  public var showSecrets: Bool
  /// Lines of context in text diffs (`--context`).
  public var context: Int
  /// The share of fields two objects of one kind must have in common to be a rename.
  public var renameSimilarity: Double
  /// Fields that a chart generates (random passwords...), compared as present and well formed
  /// rather than by value, per chart and environment.
  public var generated: [GeneratedFieldScope]

  public init(
    ignorePaths: [FieldPattern] = [], suppressedKinds: [String] = [], showSecrets: Bool = false,
    context: Int = 3, renameSimilarity: Double = 0.9, generated: [GeneratedFieldScope] = []
  ) {
    self.ignorePaths = ignorePaths
    self.suppressedKinds = Set(suppressedKinds.map { $0.lowercased() })
    self.showSecrets = showSecrets
    self.context = context
    self.renameSimilarity = renameSimilarity
    self.generated = generated
  }

  func suppresses(kind: String) -> Bool { suppressedKinds.contains(kind.lowercased()) }
}
