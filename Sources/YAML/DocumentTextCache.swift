import Synchronization

/// What decoding a YAML document gave, by the document's text, process-wide: the
/// environments of a matrix (and benchmark iterations) render mostly the same documents,
/// and each is decoded once. `decode` must be a pure function of the text. Bounded by the
/// total text size (cleared when full).
public final class DocumentTextCache<Decoded: Sendable>: Sendable {
  private struct Entries {
    var decoded: [String: Decoded] = [:]
    var storedBytes = 0
  }

  private let entries = Mutex(Entries())
  private let capacityBytes: Int

  public init(capacityBytes: Int = 64 << 20) {
    self.capacityBytes = capacityBytes
  }

  /// `decode(text)`, from the cache when decoded before; a thrown error is not kept.
  public func value(of text: String, _ decode: (String) throws -> Decoded) rethrows -> Decoded {
    if let hit = entries.withLock({ $0.decoded[text] }) { return hit }
    let decoded = try decode(text)
    let size = text.utf8.count
    entries.withLock { entries in
      if entries.storedBytes + size > capacityBytes { entries = Entries() }
      if size <= capacityBytes {
        entries.decoded[text] = decoded
        entries.storedBytes += size
      }
    }
    return decoded
  }
}
