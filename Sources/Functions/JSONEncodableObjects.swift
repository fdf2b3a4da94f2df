import Values
import YAML

/// `encoding/json` forms of the Go objects Sprig functions return: `time.Time` marshals
/// as its RFC 3339 text with nanoseconds, `*semver.Version` as its version string (both
/// through their `MarshalJSON` methods in Go). `toJson` reads them through Values'
/// `GoJSONEncodable`, `toYaml` through YAML's `GoJSONRepresentable` (two protocols for
/// one idea, until they are unified).
extension GoTime: GoJSONEncodable, GoJSONRepresentable {
  public func goJSONValue() throws -> Value { .string(rfc3339Nano) }
  public var jsonValue: Value { .string(rfc3339Nano) }
}

extension SemverVersion: GoJSONEncodable, GoJSONRepresentable {
  public func goJSONValue() throws -> Value { .string(string) }
  public var jsonValue: Value { .string(string) }
}

extension TOMLDateTime: GoJSONRepresentable {
  var jsonValue: Value { .string(TOMLEncoder.rfc3339(fromGoTimeString: formatted(plus: false, sharp: false))) }
}
