import Checking

/// What a diff matches objects by: API group, kind, namespace and name (an apiVersion
/// change within a group keeps the key), plus the occurrence for a stream that repeats one.
struct ResourceKey: Hashable, Comparable {
  let group: String
  let kind: String
  let namespace: String
  let name: String
  let occurrence: Int

  init(_ reference: ObjectReference, occurrence: Int = 0) {
    group = reference.group
    kind = reference.kind
    namespace = reference.namespace
    name = reference.name
    self.occurrence = occurrence
  }

  static func < (a: ResourceKey, b: ResourceKey) -> Bool {
    (a.group, a.kind, a.namespace, a.name, a.occurrence) < (
      b.group, b.kind, b.namespace, b.name, b.occurrence
    )
  }
}
