import Foundation
import Values
import YAML

/// Manifest documents already decoded by earlier renders, by text, process-wide: a chart
/// rendered again (another environment of the matrix, a benchmark iteration) emits mostly
/// the same documents, large CRDs above all, and each is decoded once. Only successful
/// decodes are kept; bounded by the total text size (cleared when full). The decoded values
/// are only read (for the manifest head), never changed.
final class DecodedDocumentCache: @unchecked Sendable {
  static let shared = DecodedDocumentCache()

  private let lock = NSLock()
  private var entries: [String: Value] = [:]
  private var storedBytes = 0
  private let capacityBytes = 64 << 20

  /// `YAMLReader.unmarshalAny(text)`, from the cache when decoded before.
  func decode(_ text: String) throws -> Value {
    lock.lock()
    let hit = entries[text]
    lock.unlock()
    if let hit { return hit }
    let value = try YAMLReader.unmarshalAny(text)
    let size = text.utf8.count
    lock.lock()
    if storedBytes + size > capacityBytes {
      entries.removeAll()
      storedBytes = 0
    }
    if size <= capacityBytes {
      entries[text] = value
      storedBytes += size
    }
    lock.unlock()
    return value
  }
}
