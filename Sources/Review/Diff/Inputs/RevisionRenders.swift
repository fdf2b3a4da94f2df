import Checking

/// Both sides of `chartc diff --base REV [--head REV]`: the project's matrix rendered at the
/// base revision and at the head revision (the working tree when none), concurrently.
public struct RevisionRenders: Sendable {
  public var old: ProjectRenders
  public var new: ProjectRenders
  public var oldLabel: String
  public var newLabel: String

  public static func render(
    project: String, base: String, head: String?, charts: [String], environments: [String],
    pipeline: CheckingPipeline = CheckingPipeline()
  ) async throws -> RevisionRenders {
    async let old = ProjectRenders.render(
      project: project, revision: base, charts: charts, environments: environments, pipeline: pipeline)
    async let new = ProjectRenders.render(
      project: project, revision: head, charts: charts, environments: environments, pipeline: pipeline)
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

  /// The generated fields both matrices name.
  public var generated: [GeneratedFieldScope] { old.generated + new.generated }
}
