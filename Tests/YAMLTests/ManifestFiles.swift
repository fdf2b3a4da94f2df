import Foundation
import TestSupport

/// The manifest streams the YAML readers are checked on: corpus renders (of the `default`
/// cases, or of every case), the corpus CRDs and the product's golden files.
enum ManifestFiles {
  static func paths(everyCase: Bool) -> [String] {
    var files: [String] = []
    let golden = SharedFixtures.packageRoot.appendingPathComponent("golden").path
    let render = everyCase ? "/expected.yaml" : "/default/expected.yaml"
    for root in [SharedFixtures.shared("corpus"), golden].compactMap({ $0 }) {
      guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
      while let rel = walker.nextObject() as? String {
        if rel.hasSuffix(render) || (rel.hasPrefix("crds/") && rel.hasSuffix(".yaml"))
          || (root == golden && rel.hasSuffix(".yaml"))
        {
          files.append(root + "/" + rel)
        }
      }
    }
    return files.sorted()
  }
}
