import ArgumentParser
import Checking

/// `--shard I/N`: run only the I-th of N deterministic shares of the matrix (for matrix
/// commands: golden check, lint, budget, diff), so CI can split the work over N jobs.
struct ShardFlag: ParsableArguments {
  @Option(
    name: .customLong("shard"),
    help: ArgumentHelp(
      "Only the I-th of N deterministic shares of the matrix entries, for parallel CI jobs (e.g. 2/4).",
      valueName: "I/N"))
  var shard: MatrixShard?

  /// `entries` narrowed to the shard (all of them without `--shard`).
  func select(_ entries: [RenderMatrix.Entry]) -> [RenderMatrix.Entry] {
    shard.map { $0.select(entries) } ?? entries
  }
}

extension MatrixShard: ExpressibleByArgument {
  public init?(argument: String) {
    guard let shard = try? MatrixShard(parsing: argument) else { return nil }
    self = shard
  }
}
