/// One of N parallel shares of a matrix (`--shard I/N`), so that a CI system can split a
/// large repository over N jobs: items are ordered by a stable key and dealt round-robin,
/// so every item lands in exactly one shard, the same one on every machine, and the shards
/// differ in size by at most one.
public struct MatrixShard: Sendable, Equatable, CustomStringConvertible {
  /// 1-based shard number.
  public let index: Int
  /// Number of shards.
  public let count: Int

  /// A shard `index` of `count` (1 ≤ index ≤ count).
  public init(index: Int, count: Int) throws(MatrixError) {
    guard count >= 1, index >= 1, index <= count else {
      throw MatrixError("invalid shard \(index)/\(count): want I/N with 1 <= I <= N")
    }
    self.index = index
    self.count = count
  }

  /// Parses `I/N` (e.g. `2/4`).
  public init(parsing text: String) throws(MatrixError) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
      throw MatrixError("invalid shard \"\(text)\": want I/N, e.g. 1/4")
    }
    try self.init(index: index, count: count)
  }

  public var description: String { "\(index)/\(count)" }

  /// The items of this shard, in their original order.
  public func select<Item>(_ items: [Item], key: (Item) -> String) -> [Item] {
    let order = items.indices.sorted { key(items[$0]) < key(items[$1]) }
    var chosen = Set<Int>()
    for (position, itemIndex) in order.enumerated() where position % count == index - 1 {
      chosen.insert(itemIndex)
    }
    return items.indices.filter { chosen.contains($0) }.map { items[$0] }
  }

  /// The matrix entries of this shard (keyed by chart and environment).
  public func select(_ entries: [RenderMatrix.Entry]) -> [RenderMatrix.Entry] {
    select(entries) { $0.chart + "\u{0}" + $0.environment }
  }
}
