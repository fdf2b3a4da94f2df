import Foundation
import TestSupport
import Testing
import Values

@testable import YAML

/// Helm's own rendered manifests (each corpus chart's default `expected.yaml`) and CRD files must read as
/// YAML streams whose every document decodes, with a kind wherever apiVersion is present.
struct CorpusManifestTests {
  @Test func corpusManifestsDecode() throws {
    let root = SharedFixtures.shared("corpus") ?? "/nonexistent"
    guard let walker = FileManager.default.enumerator(atPath: root) else {
      print("corpus: shared corpus absent, skipped")
      return
    }
    var files = 0
    var documents = 0
    var failures: [String] = []
    while let rel = walker.nextObject() as? String {
      // One case per chart (the default render) keeps the test quick; all CRD files.
      guard rel.hasSuffix("/default/expected.yaml") || (rel.hasPrefix("crds/") && rel.hasSuffix(".yaml"))
      else { continue }
      guard let text = try? String(contentsOfFile: root + "/" + rel, encoding: .utf8) else { continue }
      files += 1
      do {
        for doc in try ManifestReader.read(text) where doc.root != nil {
          documents += 1
          let v = try doc.value()
          if v.mapValue?["apiVersion"] != nil && doc.kind.isEmpty {
            failures.append("\(rel): document at line \(doc.startLine) has no kind")
          }
        }
      } catch {
        failures.append("\(rel): \(error)")
      }
    }
    print("corpus manifests: \(files) files, \(documents) documents, \(failures.count) failures")
    for f in failures { print(f) }
    #expect(failures.isEmpty)
  }
}
