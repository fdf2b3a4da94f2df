import Values
import YAML

/// Manifest document heads already decoded by earlier renders, by text, process-wide: a chart
/// rendered again (another environment of the matrix, a benchmark iteration) emits mostly
/// the same documents, large CRDs above all, and each is decoded once. A document is read
/// and checked whole, but only its head (`apiVersion`, `kind`, `metadata`) is built into
/// values. Only successful decodes are kept. The decoded values are only read (for the
/// manifest head), never changed.
enum DecodedDocumentCache {
  static let shared = DocumentTextCache<Value>()

  /// The fields `ManifestHead` reads.
  static let headKeys = ["apiVersion", "kind", "metadata"]

  /// `YAMLReader.unmarshalAny(text)` cut to the head's fields, from the cache when decoded
  /// before.
  static func decode(_ text: String) throws -> Value {
    try shared.value(of: text) { try YAMLReader.unmarshalKeeping(headKeys, of: $0) }
  }
}
