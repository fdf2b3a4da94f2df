import Checking

/// Images: `latest-tag`, `image-tag-missing`, `image-pull-policy` (kube-linter latest-tag,
/// Polaris tagNotSpecified and pullPolicyNotAlways, kube-score container-image-tag and
/// container-image-pull-policy).
enum ImageRules {
  static var all: [any LintRule] {
    [
      LatestTagRule(),
      ContainerCheck(
        about: .imageTagMissing,
        inspect: { container, _ in
          guard let image = ImageReference(container.value.field("image")?.text), image.tag == nil,
            image.digest == nil
          else { return [] }
          return [
            Problem(
              "\(container.label) uses the image \(image.text) without a tag",
              at: Pointer.join(container.pointer, "image"))
          ]
        }),
      ContainerCheck(
        about: .imagePullPolicy,
        inspect: { container, _ in
          guard let image = ImageReference(container.value.field("image")?.text), image.isMutable,
            let policy = container.value.field("imagePullPolicy")?.text, policy != "Always"
          else { return [] }
          return [
            Problem(
              "\(container.label) pulls the mutable image \(image.text) with policy \(policy)",
              at: Pointer.join(container.pointer, "imagePullPolicy"))
          ]
        }),
    ]
  }
}

/// An image reference split as the container runtime reads it: `registry/repo:tag@digest`.
struct ImageReference {
  let text: String
  let tag: String?
  let digest: String?

  init?(_ text: String?) {
    guard let text, !text.isEmpty else { return nil }
    self.text = text
    var rest = Substring(text)
    if let at = rest.firstIndex(of: "@") {
      digest = String(rest[rest.index(after: at)...])
      rest = rest[..<at]
    } else {
      digest = nil
    }
    let lastSlash = rest.lastIndex(of: "/")
    let name = lastSlash.map { rest[rest.index(after: $0)...] } ?? rest
    tag = name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) }
  }

  /// Whether the reference may point at another image tomorrow (latest or no tag, no digest).
  var isMutable: Bool { digest == nil && (tag == nil || tag == "latest") }
}
