import GoLib
import Values

/// `kubernetes/definitions.json` (`{"definitions": {name: [variant...]}, "kinds": {key:
/// [variant...]}}`, one name a line), mapped read-only and never indexed: a version's
/// variants are found through its `KubernetesVersionIndex` (byte ranges), and a body is
/// parsed each time a lookup asks for it. Immutable, safe to share.
final class KubernetesDefinitionsPool: Sendable {
  private let storage: ReadOnlyBytes

  init(bytes: ReadOnlyBytes) {
    storage = bytes
  }

  convenience init(bytes: [UInt8]) {
    self.init(bytes: ReadOnlyBytes(bytes))
  }

  /// The value at `range` (a variant: nested three deep in the file); nil when it does not
  /// parse (the file is chartc's own, checked by the test suite).
  func variant(at range: Range<Int>) -> Value? {
    let bytes = storage.buffer
    guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
    return try? SchemaJSON.parse(buffer: bytes, range: range, depth: 3)
  }

  /// Every variant of the definition `name` (nil when absent or not a list), found by its
  /// line (`\n"<name>":[`) in the `definitions` section.
  func definitionVariants(_ name: String) -> [Value]? {
    let needle = Array(("\n" + jsonQuoted(name) + ":").utf8)
    let hay = storage.buffer
    let kinds = Array(#"},"kinds":{"#.utf8).withUnsafeBufferPointer { ByteSearch.offset(of: $0, in: hay) }
    guard
      let at = needle.withUnsafeBufferPointer({ ByteSearch.offset(of: $0, in: hay) }),
      at < (kinds ?? hay.count)
    else { return nil }
    let start = at + needle.count
    var end = start
    while end < hay.count, hay[end] != 0x0A { end += 1 }
    if end > start, hay[end - 1] == UInt8(ascii: ",") { end -= 1 }
    return (try? SchemaJSON.parse(buffer: hay, range: start..<end, depth: 2))?.sliceItems
  }
}
