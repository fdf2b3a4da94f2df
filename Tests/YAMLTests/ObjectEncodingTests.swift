import GoLib
import Testing
import Values

@testable import YAML

/// Objects with their own JSON / yaml.v3 forms. Expected texts from helm-oracle:
/// `toYaml .Capabilities.KubeVersion` → `Major: "1"\nMinor: "36"\nVersion: v1.36.0`,
/// `toYamlPretty .Capabilities.KubeVersion` → `version: v1.36.0\nmajor: "1"\nminor: "36"`,
/// `toYaml`/`toYamlPretty` of a `time.Time` → `"2021-01-02T00:00:00Z"` / `2021-01-02T00:00:00Z`.
struct ObjectEncodingTests {
  struct KubeVersion: GoObject, GoJSONEncodable, GoPrettyYAMLRepresentable {
    var goTypeName: String { "*common.KubeVersion" }
    var goKind: GoKind { .ptr }
    func formatted(plus: Bool, sharp: Bool) -> String { "v1.36.0" }
    func goJSONValue() -> Value {
      .map(["Version": .string("v1.36.0"), "Major": .string("1"), "Minor": .string("36")])
    }
    var prettyYAML: PrettyYAMLForm {
      .fields([("version", .string("v1.36.0")), ("major", .string("1")), ("minor", .string("36"))])
    }
  }

  struct Time: GoObject, GoJSONEncodable, GoPrettyYAMLRepresentable {
    var goTypeName: String { "time.Time" }
    var goKind: GoKind { .struct }
    func formatted(plus: Bool, sharp: Bool) -> String { "2021-01-02 00:00:00 +0000 UTC" }
    func goJSONValue() -> Value { .string("2021-01-02T00:00:00Z") }
    var prettyYAML: PrettyYAMLForm { .plainScalar("2021-01-02T00:00:00Z") }
  }

  @Test func structLikeObjects() {
    #expect(YAMLWriter.toYaml(.object(KubeVersion())) == "Major: \"1\"\nMinor: \"36\"\nVersion: v1.36.0")
    #expect(
      YAMLWriter.toYamlPretty(.object(KubeVersion())) == "version: v1.36.0\nmajor: \"1\"\nminor: \"36\"")
    #expect(YAMLWriter.toYaml(.object(Time())) == "\"2021-01-02T00:00:00Z\"")
    #expect(YAMLWriter.toYamlPretty(.object(Time())) == "2021-01-02T00:00:00Z")
  }
}
