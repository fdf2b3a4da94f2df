/// What happened to a resource between the old and the new render.
public enum ChangeKind: String, Sendable, CaseIterable, Hashable {
  case added, removed, changed, renamed, migrated
}
