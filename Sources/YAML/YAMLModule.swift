import CYAML
import Values

// The YAML layer of chartc: reading YAML the way Helm v4.2.3 reads it, and writing it the
// way Helm's `toYaml`/`toYamlPretty` write it, byte for byte.
//
// Reading (libyaml's event parser, then go-yaml v2's decoding rules, then the
// sigs.k8s.io/yaml JSON detour):
//   - `ValuesReader.read(_:fileName:)`: values.yaml / `-f` files (documents split and merged).
//   - `YAMLReader.fromYaml(_:)`, `.fromYamlArray(_:)`: the template functions.
//   - `YAMLReader.unmarshalMap(_:stringFields:)`, `.unmarshalList(_:)`, `.unmarshalAny(_:)`:
//     sigs.k8s.io/yaml `Unmarshal` into a map, a slice, `interface{}` or a struct.
//   - `ManifestReader.read(_:)`, `.readDocument(_:)`: node trees with line/column marks.
// Writing (a Swift port of go-yaml's emitter):
//   - `YAMLWriter.toYaml(_:)`, `.marshal(_:)` (mustToYaml), `.toYamlPretty(_:)`.
// Errors are `YAMLError` values carrying Helm's exact message and a line when known.

/// The libyaml version linked into chartc.
public let libyamlVersion: String = String(cString: yaml_get_version_string())
