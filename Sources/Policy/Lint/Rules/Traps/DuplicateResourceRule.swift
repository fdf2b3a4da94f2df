import Checking

/// `duplicate-resource`: two rendered objects with the same group, kind, namespace and
/// name; applying the release, one replaces the other.
public struct DuplicateResourceRule: CataloguedRule {
  public init() {}
  public let about = LintRuleDescription.duplicateResource

  struct Identity: Hashable {
    let group: String
    let kind: String
    let namespace: String
    let name: String
    let hook: Bool
  }

  public func check(_ release: RenderedRelease) -> [Finding] {
    var first: [Identity: RenderedObject] = [:]
    var out: [Finding] = []
    for object in release.objects where object.readError == nil && !object.kind.isEmpty {
      let r = object.reference
      let key = Identity(
        group: r.group, kind: r.kind, namespace: r.namespace, name: r.name, hook: object.isHook)
      if let earlier = first[key] {
        let at = earlier.place?.description ?? earlier.template
        out.append(finding("\(r) is rendered twice (first by \(at))", on: object, at: "/metadata/name"))
      } else {
        first[key] = object
      }
    }
    return out
  }
}
