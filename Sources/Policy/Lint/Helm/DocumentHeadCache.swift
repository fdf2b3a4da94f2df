import Synchronization

/// Document heads as Helm's lint decoded them, by document text, process-wide: the
/// environments of a matrix render mostly the same documents, and each is read once. A
/// decoding is a pure function of the text. Bounded by the total text size (cleared when
/// full).
final class DocumentHeadCache: Sendable {
  static let shared = DocumentHeadCache()

  private struct Entries {
    var heads: [String: KubernetesYAMLDecoder.Decoded] = [:]
    var storedBytes = 0
  }

  private let entries = Mutex(Entries())
  private let capacityBytes = 64 << 20

  /// `KubernetesYAMLDecoder.decodeHead(document)`, from the cache when decoded before.
  func decodeHead(_ document: String) -> KubernetesYAMLDecoder.Decoded {
    if let hit = entries.withLock({ $0.heads[document] }) { return hit }
    let decoded = KubernetesYAMLDecoder.decodeHead(document)
    let size = document.utf8.count
    entries.withLock { entries in
      if entries.storedBytes + size > capacityBytes { entries = Entries() }
      if size <= capacityBytes {
        entries.heads[document] = decoded
        entries.storedBytes += size
      }
    }
    return decoded
  }
}
