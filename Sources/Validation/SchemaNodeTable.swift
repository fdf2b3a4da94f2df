/// The nodes of a compiled schema by index, in storage that never moves: chunks of doubling
/// size (1,024 nodes, then 2,048...), so the table can grow while other threads read nodes
/// already in it (a lazily compiled schema, `LazySchemaCompilation`). Appending is done by
/// one thread at a time (the compiler's, under its owner's lock); a reader only reads an
/// index it learned from a node published after that index was appended.
final class SchemaNodeTable: @unchecked Sendable {  // reason: appends are serialised by the compiler's owner; slots never move
  private static let firstChunkShift = 10
  private static let maxChunks = 40

  /// Chunk `k` holds `1024 << k` nodes.
  private let chunks: UnsafeMutablePointer<UnsafeMutablePointer<SchemaNode>?>
  /// How many nodes were appended (read by the appending side only).
  private(set) var count = 0

  init() {
    chunks = .allocate(capacity: Self.maxChunks)
    chunks.initialize(repeating: nil, count: Self.maxChunks)
  }

  deinit {
    var remaining = count
    for k in 0..<Self.maxChunks {
      guard let chunk = chunks[k] else { break }
      let size = 1 << (Self.firstChunkShift + k)
      chunk.deinitialize(count: min(size, remaining))
      remaining -= min(size, remaining)
      chunk.deallocate()
    }
    chunks.deallocate()
  }

  /// The chunk and the slot in it of `index`.
  @inline(__always)
  private static func place(_ index: Int) -> (chunk: Int, slot: Int) {
    let shifted = index + (1 << firstChunkShift)
    let chunk = (Int.bitWidth - 1 - shifted.leadingZeroBitCount) - firstChunkShift
    return (chunk, shifted - (1 << (firstChunkShift + chunk)))
  }

  /// The node at `index` (appended before).
  @inline(__always)
  subscript(index: Int) -> SchemaNode {
    let (chunk, slot) = Self.place(index)
    return chunks[chunk].unsafelyUnwrapped[slot]
  }

  /// Adds `node` at the end; its index.
  @discardableResult
  func append(_ node: SchemaNode) -> Int {
    let index = count
    let (chunk, slot) = Self.place(index)
    if chunks[chunk] == nil {
      chunks[chunk] = .allocate(capacity: 1 << (Self.firstChunkShift + chunk))
    }
    (chunks[chunk].unsafelyUnwrapped + slot).initialize(to: node)
    count = index + 1
    return index
  }

  /// Replaces the node at `index` (before anyone else can read it).
  func replace(_ index: Int, with node: SchemaNode) {
    let (chunk, slot) = Self.place(index)
    chunks[chunk].unsafelyUnwrapped[slot] = node
  }
}
