import GoLib
import Synchronization

/// What decoding a YAML document gave, by the document's text, process-wide: the
/// environments of a matrix (and benchmark iterations) render mostly the same documents,
/// and each is decoded once. `decode` must be a pure function of the text. Bounded by the
/// total text size (cleared when full).
///
/// Entries are found by a hash of the text's bytes taken eight at a time, and a hit is
/// confirmed by comparing the texts: a one-shot render that finds nothing pays one pass
/// over each document, not the two full string hashes of a `[String: Decoded]`.
public final class DocumentTextCache<Decoded: Sendable>: Sendable {
  private struct Entries {
    /// Texts and what they decoded to, by the texts' hash.
    var decoded: [UInt64: [(text: String, value: Decoded)]] = [:]
    var storedBytes = 0
  }

  private let entries = Mutex(Entries())
  private let capacityBytes: Int

  public init(capacityBytes: Int = 64 << 20) {
    self.capacityBytes = capacityBytes
  }

  /// `decode(text)`, from the cache when decoded before; a thrown error is not kept.
  public func value(of text: String, _ decode: (String) throws -> Decoded) rethrows -> Decoded {
    let hash = TextHash.of(text)
    let hit = entries.withLock { entries in entries.decoded[hash]?.first { $0.text == text }?.value }
    if let hit { return hit }
    let decoded = try decode(text)
    let size = text.utf8.count
    entries.withLock { entries in
      if entries.storedBytes + size > capacityBytes { entries = Entries() }
      if size <= capacityBytes {
        entries.decoded[hash, default: []].append((text, decoded))
        entries.storedBytes += size
      }
    }
    return decoded
  }
}
