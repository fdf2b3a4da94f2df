import Foundation
import Testing
import Values

@testable import Validation

/// The bundled version indexes (`kubernetes/v<major.minor>.index`, byte ranges into
/// `definitions.json`) give exactly the variants the version manifests (`v<major.minor>.json`)
/// choose, and the pool finds every definition's variants by its line.
@Suite struct KubernetesVersionIndexTests {
  static let schemas = SchemaRegistry.locateBundledDirectory() ?? URL(fileURLWithPath: "schemas")

  @Test func indexesGiveTheManifestsVariants() throws {
    let folder = Self.schemas.appendingPathComponent("kubernetes")
    let poolText = try String(contentsOf: folder.appendingPathComponent("definitions.json"), encoding: .utf8)
    let whole = try #require(try SchemaJSON.parse(poolText).mapValue)
    let pool = KubernetesDefinitionsPool(bytes: Array(poolText.utf8))
    let registry = SchemaRegistry(directory: Self.schemas)
    #expect(registry.kubernetesVersions.count > 1)
    for version in registry.kubernetesVersions {
      let manifest = try #require(
        try SchemaJSON.parse(
          String(contentsOf: folder.appendingPathComponent("v\(version).json"), encoding: .utf8)
        ).mapValue)
      let index = KubernetesVersionIndex(
        bytes: Array(try Data(contentsOf: folder.appendingPathComponent("v\(version).index"))))
      let source = KubernetesVersionDefinitions(pool: pool, index: index)
      for (section, name) in [("definitions", KubernetesVersionIndex.Section.definition), ("kinds", .kind)] {
        let chosen = try #require(manifest[section]?.mapValue)
        let variants = try #require(whole[section]?.mapValue)
        #expect(Set(index.names(name)) == Set(chosen.storage.keys), "v\(version) \(section)")
        for (key, number) in chosen.storage {
          let expected = variants[key]?.sliceItems?[Int(number.jsonNumber?.double ?? -1)]
          let found = name == .definition ? source.definition(key) : source.kind(key)
          #expect(found != nil && expected?.jsonEquals(found!) == true, "v\(version) \(section) \(key)")
        }
        #expect(index.range(name, "no.such.name") == nil)
      }
    }
    let definitions = try #require(whole["definitions"]?.mapValue)
    for (name, variants) in definitions.storage {
      #expect(pool.definitionVariants(name).map { Value.list($0).jsonEquals(variants) } == true, "\(name)")
    }
    #expect(pool.definitionVariants("deployment-apps-v1") == nil)
  }
}
