import Checking
import Foundation

/// `latest-tag` (kube-linter latest-tag, kube-score container-image-tag): a container image
/// `:latest`, or an image setting inside a ConfigMap (a spawner's or operator's
/// configuration such as JupyterHub's `c.KubeSpawner.image = "...:latest"`) that names one.
struct LatestTagRule: CataloguedRule {
  let about = LintRuleDescription.latestTag

  func check(_ release: RenderedRelease) -> [Finding] {
    var out: [Finding] = []
    for pod in ReleaseIndex.of(release).allPods {
      for container in pod.containers {
        guard let image = ImageReference(container.value.field("image")?.text), image.tag == "latest",
          image.digest == nil
        else { continue }
        out.append(
          finding(
            "\(container.label) uses the image \(image.text)", on: pod.object,
            at: Pointer.join(container.pointer, "image")))
      }
    }
    for configMap in release.objects where configMap.kind == "ConfigMap" {
      for (key, text) in (configMap.value.field("data")?.stringMap ?? [:]).sorted(by: { $0.key < $1.key }) {
        for image in Self.configuredImages(in: text) where image.tag == "latest" && image.digest == nil {
          out.append(
            finding(
              "ConfigMap key \(key) configures the image \(image.text)", on: configMap,
              at: Pointer.join("/data", key)))
        }
      }
    }
    return out
  }

  /// Images set in configuration text: a line whose setting name ends in `image`
  /// (`image:`, `image =`, `c.KubeSpawner.image = "..."`, `"image": "..."`).
  static func configuredImages(in text: String) -> [ImageReference] {
    text.split(separator: "\n").compactMap { line in
      guard let sep = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else { return nil }
      let name = line[..<sep].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'-")).lowercased()
      guard name.hasSuffix("image") else { return nil }
      let value = line[line.index(after: sep)...].trimmingCharacters(
        in: CharacterSet(charactersIn: " \t\"',"))
      guard !value.isEmpty, !value.contains(" ") else { return nil }
      return ImageReference(value)
    }
  }
}
