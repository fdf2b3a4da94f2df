import Foundation
import Values

/// `kubernetes/definitions.json` (`{"definitions": {name: [variant...]}, "kinds": {key:
/// [variant...]}}`) read lazily: a definition's or kind's variants are parsed the first time
/// a lookup needs them, so a chart with three objects parses the few dozen definitions its
/// kinds reach, not all thousand. Safe to share: the registry reads it under its lock, and
/// lazily compiled kinds (`KubernetesDefinitionsOnDemand`) under their compilation's.
final class KubernetesDefinitionsPool: @unchecked Sendable {  // reason: the indexed objects are only read with `lock` held
  private let lock = NSLock()
  private let definitions: IndexedJSONObject
  private let kinds: IndexedJSONObject

  /// The pool of `text` (the file's text); nil when it is not `{"definitions": {...},
  /// "kinds": {...}}`. The file is chartc's own (generated, bundled): its two levels of names
  /// are checked as a full parse checks them, each definition's body when a lookup parses it
  /// (checking all 600 KB at every start was about 8% of a small chart's `render --validate`).
  init?(text: String) throws(SchemaJSON.SyntaxError) {
    guard let root = try IndexedJSONObject(text: text, indexingObjects: true, checkingValues: false),
      let definitions = root.object("definitions"),
      let kinds = root.object("kinds")
    else { return nil }
    self.definitions = definitions
    self.kinds = kinds
  }

  /// Every variant of the definition `name` (nil when absent or not a list).
  func definitionVariants(_ name: String) -> [Value]? {
    lock.lock()
    defer { lock.unlock() }
    return definitions[name]?.sliceItems
  }

  /// Every variant of the kind schema `key` (nil when absent or not a list).
  func kindVariants(_ key: String) -> [Value]? {
    lock.lock()
    defer { lock.unlock() }
    return kinds[key]?.sliceItems
  }
}
