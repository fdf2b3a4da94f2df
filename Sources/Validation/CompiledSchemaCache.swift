import Foundation
import GoLib
import Synchronization

/// Compiled `values.schema.json` files by text, process-wide, so that rendering a chart
/// again, linting it or validating its values never recompiles its schemas. Only successful compilations are kept (a failing
/// schema is compiled again, to report its error). Bounded: cleared when full.
public final class CompiledSchemaCache: Sendable {
  /// The process-wide cache every render and lint shares.
  public static let shared = CompiledSchemaCache()

  private let entries = Mutex<[SchemaText: CompiledSchema]>([:])
  private let capacity = 64

  /// `HelmValuesSchema.compile(text:)`, remembered by text.
  public func compile(text: String) throws(HelmValuesSchema.LoadError) -> CompiledSchema {
    let key = SchemaText(text)
    if let hit = entries.withLock({ $0[key] }) { return hit }
    let compiled = try HelmValuesSchema.compile(text: text)
    entries.withLock { entries in
      if entries.count >= capacity { entries.removeAll() }
      entries[key] = compiled
    }
    return compiled
  }
}

/// A schema file's text as a cache key: hashed and compared as UTF-8 bytes. `String`'s own
/// hashing and equality work on canonical equivalence, which normalises a text holding any
/// non-ASCII character to NFC first: for traefik's 181 KB schema (two lines of non-ASCII),
/// 11.7 M instructions, a tenth of its cold render, to file it after compiling.
private struct SchemaText: Hashable {
  let text: String
  /// The bytes' hash (`TextHash`: SipHash took 0.8 M instructions over redis's 153 KB),
  /// taken once: a lookup that misses is followed by an insert, and the text would
  /// otherwise be hashed for each.
  private let bytesHash: Int

  init(_ text: String) {
    var text = text
    text.makeContiguousUTF8()
    bytesHash = text.withUTF8 { Int(truncatingIfNeeded: TextHash.of($0)) }
    self.text = text
  }

  static func == (a: SchemaText, b: SchemaText) -> Bool {
    guard a.bytesHash == b.bytesHash else { return false }
    var a = a.text
    var b = b.text
    return a.withUTF8 { x in
      b.withUTF8 { y in
        x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
      }
    }
  }

  func hash(into hasher: inout Hasher) { hasher.combine(bytesHash) }
}
