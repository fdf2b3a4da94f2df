import Foundation
import Validation

/// Compiled `values.schema.json` files by text, process-wide, so that rendering a chart
/// again never recompiles its schemas. Only successful compilations are kept (a failing
/// schema is compiled again, to report its error). Bounded: cleared when full.
final class CompiledSchemaCache: @unchecked Sendable {
  static let shared = CompiledSchemaCache()

  private let lock = NSLock()
  private var entries: [String: CompiledSchema] = [:]
  private let capacity = 64

  func compile(text: String) throws(HelmValuesSchema.LoadError) -> CompiledSchema {
    lock.lock()
    let hit = entries[text]
    lock.unlock()
    if let hit { return hit }
    let compiled = try HelmValuesSchema.compile(text: text)
    lock.lock()
    if entries.count >= capacity { entries.removeAll() }
    entries[text] = compiled
    lock.unlock()
    return compiled
  }
}
