import Review
import Testing

/// `--ignore-path` patterns: the diff's path syntax with globs, and JSON pointers.
@Suite struct FieldPatternTests {
  static let image = FieldPath([
    .key("spec"), .key("template"), .key("spec"), .key("containers"),
    .item(key: "name", value: "api", index: 1),
    .key("image"),
  ])
  static let checksum = FieldPath([
    .key("spec"), .key("template"), .key("metadata"), .key("annotations"), .key("checksum/config"),
  ])
  static let chartLabel = FieldPath([.key("metadata"), .key("labels"), .key("helm.sh/chart")])

  @Test func pathsPrintAsTheIssueWritesThem() {
    #expect(Self.image.description == "spec.template.spec.containers[name=api].image")
    #expect(Self.checksum.description == "spec.template.metadata.annotations.checksum/config")
    #expect(Self.chartLabel.description == "metadata.labels[\"helm.sh/chart\"]")
    #expect(Self.image.pointer == "/spec/template/spec/containers/1/image")
  }

  @Test(arguments: [
    ("spec.template.spec.containers[name=api].image", true),
    ("spec.template.spec.containers[*].image", true),
    ("spec.template.spec.containers[1].image", true),
    ("spec.template.spec.containers[name=a*].image", true),
    ("**.image", true),
    ("/spec/template/spec/containers/1/image", true),
    ("spec.template.spec.containers[name=web].image", false),
    ("spec.template.spec.containers[0].image", false),
    ("spec.template.spec.containers", false),
    ("**.containers", false),
  ])
  func imagePath(_ pattern: String, _ matches: Bool) throws {
    #expect(try FieldPattern(pattern).matches(Self.image) == matches)
  }

  @Test func annotationAndLabelGlobs() throws {
    #expect(try FieldPattern(#"**.annotations["checksum/*"]"#).matches(Self.checksum))
    #expect(try FieldPattern("**.annotations.checksum/*").matches(Self.checksum))
    #expect(try FieldPattern(#"metadata.labels["helm.sh/chart"]"#).matches(Self.chartLabel))
    #expect(try !FieldPattern("metadata.labels.helm.sh/chart").matches(Self.chartLabel))
    #expect(try FieldPattern("/metadata/labels/helm.sh~1chart").matches(Self.chartLabel))
  }

  @Test(arguments: ["", "a..b", "a[", "a[x", "a[=v]", #"a["unterminated"#, "a]b"])
  func malformedPatternsAreErrors(_ text: String) {
    #expect(throws: (any Error).self) { try FieldPattern(text) }
  }
}
