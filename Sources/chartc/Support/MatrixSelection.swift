import Checking

/// The flags that pick entries of the render matrix, shared by every matrix command (golden,
/// lint, budget, diff): the project file, `--chart`, `--env` and `--shard I/N`.
struct MatrixSelection {
  /// The flags, as declared to the parser.
  enum Option {
    static let project = OptionSpec.single(
      "project", help: "The project file declaring the render matrix.", default: "chartc.yaml"
    ).completingPaths
    static let chart = OptionSpec.repeatable(
      "chart", help: "Only this chart of the matrix (can specify multiple).")
    static let env = OptionSpec.repeatable(
      "env", help: "Only this environment of the matrix (can specify multiple).")
    static let shard = OptionSpec.single(
      "shard", valueName: "I/N",
      help: "Only the I-th of N deterministic shares of the matrix entries, for parallel CI jobs (e.g. 2/4).",
      values: .checked { (try? MatrixShard(parsing: $0)) != nil })
  }

  static let options = [Option.project, Option.chart, Option.env, Option.shard]

  var project: String
  var charts: [String]
  var environments: [String]
  var shard: MatrixShard?

  init(_ parsed: ParsedArguments) {
    project = parsed.value(Option.project) ?? "chartc.yaml"
    charts = parsed.values(Option.chart)
    environments = parsed.values(Option.env)
    shard = parsed.value(Option.shard).flatMap { try? MatrixShard(parsing: $0) }
  }

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
