import Charts
import Checking
import Foundation

/// The two sides `chartc diff` compares, in its three forms, compared as one library call.
public enum DiffSides: Sendable {
  /// The matrix of `project` at two git revisions (no head: the working tree), narrowed to
  /// charts, environments and a shard (empty filters and no shard: everything).
  case revisions(
    project: String, base: String, head: String?, charts: [String], environments: [String],
    shard: MatrixShard?)
  /// Two charts, archives or rendered streams (`-`: standard input), charts rendered with `request`.
  case inputs(old: String, new: String, request: RenderRequest)
  /// One chart rendered with two value sets added to `request`'s.
  case valueSets(chart: String, request: RenderRequest, old: ValueSet, new: ValueSet)

  /// Values files and `--set` expressions of one side of a chart compared with itself.
  public struct ValueSet: Sendable {
    public var files: [String]
    public var sets: [String]

    public init(files: [String], sets: [String]) {
      self.files = files
      self.sets = sets
    }

    /// `-f a.yaml --set x=1`, or `chart values` when the side adds nothing.
    public var label: String {
      let words = files.map { "-f \($0)" } + sets.map { "--set \($0)" }
      return words.isEmpty ? "chart values" : words.joined(separator: " ")
    }

    func applied(to request: RenderRequest) -> RenderRequest {
      var request = request
      request.valueFiles += files
      request.valueExpressions += sets.map { ValueExpression(.set, $0) }
      return request
    }
  }

  /// Renders or reads both sides and compares them; `standardInput` gives what `-` reads.
  public func compare(options: DiffOptions, standardInput: () -> String) async throws -> DiffReport {
    var options = options
    switch self {
    case .revisions(let project, let base, let head, let charts, let environments, let shard):
      let renders = try await RevisionRenders.render(
        project: project, base: base, head: head, charts: charts, environments: environments, shard: shard)
      options.generated = renders.generated
      return ManifestDiff(options: options).compare(
        old: renders.old.sets, new: renders.new.sets, oldLabel: renders.oldLabel, newLabel: renders.newLabel)
    case .inputs(let oldPath, let newPath, let request):
      let (old, new) = DiffInput.aligned(
        old: try DiffInput.load(oldPath, request: request, standardInput: standardInput),
        new: try DiffInput.load(newPath, request: request, standardInput: standardInput))
      return ManifestDiff(options: options).compare(
        old: [old], new: [new], oldLabel: oldPath, newLabel: newPath)
    case .valueSets(let chart, let request, let oldSet, let newSet):
      let old = try DiffInput.load(chart, request: oldSet.applied(to: request), standardInput: standardInput)
      let new = try DiffInput.load(chart, request: newSet.applied(to: request), standardInput: standardInput)
      return ManifestDiff(options: options).compare(
        old: [old], new: [new], oldLabel: oldSet.label, newLabel: newSet.label)
    }
  }
}
