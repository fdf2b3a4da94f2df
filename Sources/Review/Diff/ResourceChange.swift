import Checking
import Values

/// One resource that differs between the two sides of a diff: what happened to it, its
/// field changes and the normalized YAML of both sides (for text diffs).
public struct ResourceChange: Sendable {
  public var chart: String
  public var environment: String
  public var kind: ChangeKind
  /// The old object (nil when added).
  public var old: DiffDocument?
  /// The new object (nil when removed).
  public var new: DiffDocument?
  /// Field-level changes (empty for added and removed resources).
  public var fields: [FieldChange]
  /// The old object as YAML, masked and without ignored fields (empty when added).
  public var oldText: String { old.map { DocumentText.yaml($0.value) } ?? "" }
  /// The new object as YAML, masked and without ignored fields (empty when removed).
  public var newText: String { new.map { DocumentText.yaml($0.value) } ?? "" }

  /// The resource as it is now (as it was, when removed).
  public var reference: ObjectReference { (new ?? old)!.reference }

  /// For a rename, the old name (`namespace/name` when the namespace changed too); for a
  /// migration, the old apiVersion; nil otherwise.
  public var from: String? {
    guard let old, let new else { return nil }
    switch kind {
    case .renamed:
      return old.reference.namespace == new.reference.namespace
        ? old.reference.name : "\(old.reference.namespace)/\(old.reference.name)"
    case .migrated: return old.reference.apiVersion
    default: return nil
    }
  }

  /// `Kind namespace/name` as reports title a resource.
  public var title: String {
    let r = reference
    return r.namespace.isEmpty ? "\(r.kind) \(r.name)" : "\(r.kind) \(r.namespace)/\(r.name)"
  }

  /// A unified diff of the two YAML texts with `context` lines of context.
  public func unifiedDiff(context: Int) -> String {
    let name = reference.description
    return UnifiedDiff.diff(
      old: oldText, new: newText, oldName: "a/" + name, newName: "b/" + name, context: context)
  }
}
