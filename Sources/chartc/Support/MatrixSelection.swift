import ArgumentParser
import Checking

/// The flags that pick entries of the render matrix, shared by every matrix command (golden,
/// lint, budget, diff): the project file, `--chart`, `--env` and `--shard I/N`.
struct MatrixSelection: ParsableArguments {
  @Option(name: .customLong("project"), help: "The project file declaring the render matrix.")
  var project: String = "chartc.yaml"

  @Option(name: .customLong("chart"), help: "Only this chart of the matrix (can specify multiple).")
  var charts: [String] = []

  @Option(name: .customLong("env"), help: "Only this environment of the matrix (can specify multiple).")
  var environments: [String] = []

  @Option(
    name: .customLong("shard"),
    help: ArgumentHelp(
      "Only the I-th of N deterministic shares of the matrix entries, for parallel CI jobs (e.g. 2/4).",
      valueName: "I/N"))
  var shard: MatrixShard?

  /// Whether any of `--chart`, `--env` or `--shard` narrows the matrix.
  var narrows: Bool { !charts.isEmpty || !environments.isEmpty || shard != nil }

  /// Whether the selection is the whole matrix, or its first shard (the one that reports
  /// what belongs to no entry).
  var coversWholeMatrix: Bool { charts.isEmpty && environments.isEmpty && (shard?.index ?? 1) == 1 }

  /// The project's matrix and the entries selected.
  func load() throws -> (RenderMatrix, [RenderMatrix.Entry]) {
    do {
      let matrix = try RenderMatrix.load(project)
      return (matrix, try select(in: matrix))
    } catch {
      throw CommandFailure("\(error)")
    }
  }

  /// The entries of `matrix` that pass `--chart` and `--env`, narrowed to `--shard`.
  func select(in matrix: RenderMatrix) throws -> [RenderMatrix.Entry] {
    do {
      let entries = try matrix.filtered(charts: charts, environments: environments)
      return shard.map { $0.select(entries) } ?? entries
    } catch {
      throw CommandFailure("\(error)")
    }
  }

  /// The flags again, as words of a command line (`--chart a --env dev --shard 1/2`).
  var words: [String] {
    var words: [String] = []
    if project != "chartc.yaml" { words += ["--project", project] }
    for chart in charts { words += ["--chart", chart] }
    for env in environments { words += ["--env", env] }
    if let shard { words += ["--shard", shard.description] }
    return words
  }
}

extension MatrixShard: ExpressibleByArgument {
  public init?(argument: String) {
    guard let shard = try? MatrixShard(parsing: argument) else { return nil }
    self = shard
  }
}
