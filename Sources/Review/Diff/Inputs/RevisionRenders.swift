import Checking

/// Both sides of `chartc diff --base REV [--head REV]`: the project's matrix rendered at the
/// base revision and at the head revision (the working tree when none), concurrently.
public struct RevisionRenders: Sendable {
  public var old: ProjectRenders
  public var new: ProjectRenders
  public var oldLabel: String
  public var newLabel: String

  /// `shard` renders one share of the entries of both revisions together (an entry falls in
  /// the same shard on both sides, whatever the other revision adds or removes).
  public static func render(
    project: String, base: String, head: String?, charts: [String], environments: [String],
    shard: MatrixShard? = nil, pipeline: CheckingPipeline = CheckingPipeline()
  ) async throws -> RevisionRenders {
    var include: (@Sendable (RenderMatrix.Entry) -> Bool)?
    if let shard {
      let both =
        try ProjectRenders.entries(project: project, revision: base)
        + ProjectRenders.entries(project: project, revision: head)
      let keys = Set(
        both.filter {
          (charts.isEmpty || charts.contains($0.chart))
            && (environments.isEmpty || environments.contains($0.environment))
        }.map(Self.key))
      let chosen = Set(shard.select(keys.sorted()) { $0 })
      include = { chosen.contains(Self.key($0)) }
    }
    async let old = ProjectRenders.render(
      project: project, revision: base, charts: charts, environments: environments, include: include,
      pipeline: pipeline)
    async let new = ProjectRenders.render(
      project: project, revision: head, charts: charts, environments: environments, include: include,
      pipeline: pipeline)
    let (a, b) = try await (old, new)
    for chart in charts where !a.charts.contains(chart) && !b.charts.contains(chart) {
      throw DiffError(
        "no chart named \"\(chart)\" in the render matrix at \(base) or \(head ?? "the working tree")")
    }
    for env in environments where !a.environments.contains(env) && !b.environments.contains(env) {
      throw DiffError(
        "no environment named \"\(env)\" in the render matrix at \(base) or \(head ?? "the working tree")")
    }
    return RevisionRenders(old: a, new: b, oldLabel: base, newLabel: head ?? "working tree")
  }

  /// An entry's shard key, as `MatrixShard` keys entries.
  private static func key(_ entry: RenderMatrix.Entry) -> String { entry.chart + "\u{0}" + entry.environment }

  /// The generated fields both matrices name.
  public var generated: [GeneratedFieldScope] { old.generated + new.generated }
}
