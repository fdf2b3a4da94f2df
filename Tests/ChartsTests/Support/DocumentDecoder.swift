import Values
import YAML

/// How the render pipeline decodes one rendered document: sigs.k8s.io/yaml `Unmarshal`
/// semantics over the YAML module's reader (YAML 1.1 → JSON → value); syntax errors get
/// the `error converting YAML to JSON: ` prefix sigs.k8s.io/yaml gives them.
func helmDocumentDecoder(_ text: String) throws -> Value {
  let document: ManifestDocument
  do {
    document = try ManifestReader.readDocument(text)
  } catch let e as YAMLError {
    throw YAMLError("error converting YAML to JSON: " + e.message, line: e.line)
  }
  return try document.value()
}
