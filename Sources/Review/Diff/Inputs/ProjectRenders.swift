import Checking
import Foundation

/// The render matrix of a project file (`chartc.yaml`) rendered at a git revision (read into
/// a temporary folder) or in the working tree (uncommitted changes included).
public struct ProjectRenders: Sendable {
  /// The renders, one per matrix entry.
  public var sets: [ManifestSet]
  /// The generated fields the matrix names, per entry.
  public var generated: [GeneratedFieldScope]
  /// The charts and environments the matrix declares (before the filters).
  public var charts: Set<String>
  public var environments: Set<String>

  /// Renders the entries of `project` at `revision` (the working tree when nil) that pass the
  /// `charts` and `environments` filters (empty filters pass everything). A project file
  /// that does not exist at the revision gives no renders (every chart is then added).
  /// `include` narrows the entries further (a shard).
  public static func render(
    project: String, revision: String?, charts: [String], environments: [String],
    include: (@Sendable (RenderMatrix.Entry) -> Bool)? = nil, pipeline: CheckingPipeline = CheckingPipeline()
  ) async throws -> ProjectRenders {
    let filter = Filter(charts: charts, environments: environments, include: include)
    let projectURL = URL(fileURLWithPath: project).standardizedFileURL
    guard let revision else {
      let matrix = try RenderMatrix.load(projectURL.path)
      return try await render(matrix, label: "working tree", filter: filter, pipeline: pipeline)
    }
    let folder = projectURL.deletingLastPathComponent()
    let git = try GitRevision(revision, repositoryOf: folder)
    let prefix = String(
      decoding: try GitRevision.git(["rev-parse", "--show-prefix"], in: folder), as: UTF8.self
    ).trimmingCharacters(in: .whitespacesAndNewlines)
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "chartc-diff-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    guard let data = try git.contents(of: prefix + projectURL.lastPathComponent) else {
      return ProjectRenders(sets: [], generated: [], charts: [], environments: [])
    }
    let root = scratch.appendingPathComponent(prefix)
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    let copy = root.appendingPathComponent(projectURL.lastPathComponent)
    try data.write(to: copy)
    let matrix: RenderMatrix
    do {
      // the charts are extracted below, for the entries selected
      matrix = try RenderMatrix.load(copy.path, requireFiles: false)
    } catch {
      throw DiffError("\(revision): \(error)".replacingOccurrences(of: scratch.path + "/", with: ""))
    }
    let selected = filter.select(matrix)
    var paths = Set<String>()
    for entry in selected {
      for path in [entry.path] + entry.values { paths.insert(repositoryPath(prefix + path)) }
    }
    try git.extract(paths.sorted(), into: scratch)
    return try await render(matrix, label: revision, filter: filter, pipeline: pipeline)
  }

  /// The entries `project` declares at `revision` (the working tree when nil), unrendered;
  /// none when the project file does not exist at the revision.
  public static func entries(project: String, revision: String?) throws -> [RenderMatrix.Entry] {
    let projectURL = URL(fileURLWithPath: project).standardizedFileURL
    guard let revision else { return try RenderMatrix.load(projectURL.path).entries }
    let folder = projectURL.deletingLastPathComponent()
    let git = try GitRevision(revision, repositoryOf: folder)
    let prefix = String(
      decoding: try GitRevision.git(["rev-parse", "--show-prefix"], in: folder), as: UTF8.self
    ).trimmingCharacters(in: .whitespacesAndNewlines)
    guard let data = try git.contents(of: prefix + projectURL.lastPathComponent) else { return [] }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "chartc-diff-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let copy = scratch.appendingPathComponent(projectURL.lastPathComponent)
    try data.write(to: copy)
    do {
      return try RenderMatrix.load(copy.path, requireFiles: false).entries
    } catch {
      throw DiffError("\(revision): \(error)".replacingOccurrences(of: scratch.path + "/", with: ""))
    }
  }

  /// The entries of a matrix that pass the chart and environment filters and `include`.
  struct Filter: Sendable {
    var charts: [String]
    var environments: [String]
    var include: (@Sendable (RenderMatrix.Entry) -> Bool)?

    func select(_ matrix: RenderMatrix) -> [RenderMatrix.Entry] {
      matrix.entries.filter {
        (charts.isEmpty || charts.contains($0.chart))
          && (environments.isEmpty || environments.contains($0.environment)) && (include?($0) ?? true)
      }
    }
  }

  private static func render(
    _ matrix: RenderMatrix, label: String, filter: Filter, pipeline: CheckingPipeline
  ) async throws -> ProjectRenders {
    let selected = filter.select(matrix)
    var sets: [ManifestSet] = []
    for render in await pipeline.render(matrix: matrix, entries: selected) {
      let entry = render.entry
      do {
        sets.append(
          try ManifestSet(
            chart: entry.chart, environment: entry.environment, release: try render.result.get()))
      } catch {
        let message = "\(error)".replacingOccurrences(of: matrix.root.path + "/", with: "")
        throw DiffError("\(label): chart \(entry.chart), environment \(entry.environment): \(message)")
      }
    }
    return ProjectRenders(
      sets: sets,
      generated: selected.map {
        GeneratedFieldScope(chart: $0.chart, environment: $0.environment, fields: $0.generated)
      },
      charts: Set(matrix.entries.map(\.chart)), environments: Set(matrix.entries.map(\.environment)))
  }

  /// `a/./b/../c` → `a/c`, relative to the repository top.
  private static func repositoryPath(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      if part == "." { continue }
      if part == "..", !parts.isEmpty {
        parts.removeLast()
        continue
      }
      parts.append(part)
    }
    return parts.joined(separator: "/")
  }
}
