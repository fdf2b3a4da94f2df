import Synchronization
import Values
import YAML

/// Manifest document heads already decoded by earlier renders, by text, process-wide: a chart
/// rendered again (another environment of the matrix, a benchmark iteration) emits mostly
/// the same documents, large CRDs above all, and each is decoded once. A document is read
/// and checked whole, but only its head (`apiVersion`, `kind`, `metadata`) is built into
/// values. Only successful decodes are kept; bounded by the total text size (cleared when
/// full). The decoded values are only read (for the manifest head), never changed.
final class DecodedDocumentCache: Sendable {
  static let shared = DecodedDocumentCache()

  private struct Entries {
    var values: [String: Value] = [:]
    var storedBytes = 0
  }

  private let entries = Mutex(Entries())
  private let capacityBytes = 64 << 20

  /// The fields `ManifestHead` reads.
  static let headKeys = ["apiVersion", "kind", "metadata"]

  /// `YAMLReader.unmarshalAny(text)` cut to the head's fields, from the cache when decoded
  /// before.
  func decode(_ text: String) throws -> Value {
    if let hit = entries.withLock({ $0.values[text] }) { return hit }
    let value = try YAMLReader.unmarshalKeeping(Self.headKeys, of: text)
    let size = text.utf8.count
    entries.withLock { entries in
      if entries.storedBytes + size > capacityBytes {
        entries = Entries()
      }
      if size <= capacityBytes {
        entries.values[text] = value
        entries.storedBytes += size
      }
    }
    return value
  }
}
