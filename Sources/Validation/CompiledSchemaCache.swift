import Synchronization

/// Compiled `values.schema.json` files by text, process-wide, so that rendering a chart
/// again, linting it or validating its values never recompiles its schemas. Only successful compilations are kept (a failing
/// schema is compiled again, to report its error). Bounded: cleared when full.
public final class CompiledSchemaCache: Sendable {
  /// The process-wide cache every render and lint shares.
  public static let shared = CompiledSchemaCache()

  private let entries = Mutex<[String: CompiledSchema]>([:])
  private let capacity = 64

  /// `HelmValuesSchema.compile(text:)`, remembered by text.
  public func compile(text: String) throws(HelmValuesSchema.LoadError) -> CompiledSchema {
    if let hit = entries.withLock({ $0[text] }) { return hit }
    let compiled = try HelmValuesSchema.compile(text: text)
    entries.withLock { entries in
      if entries.count >= capacity { entries.removeAll() }
      entries[text] = compiled
    }
    return compiled
  }
}
