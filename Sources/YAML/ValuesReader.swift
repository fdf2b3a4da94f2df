import Values

/// Reads values files (`values.yaml`, `-f` files) exactly as Helm v4.2.3 does: the text is
/// split into documents at lines starting with `---` (k8s YAMLReader rules), each document
/// goes YAML 1.1 → JSON → `map[string]interface {}`, and the documents are deep-merged, later
/// ones winning. Every number becomes a `.float`.
public enum ValuesReader {
  /// The merged values of `text`. Errors carry Helm's message without the caller's prefix
  /// (`cannot load values.yaml: ` for charts, `failed to parse <file>: ` for `-f`), e.g.
  /// `cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 2: ...` or
  /// `error reading yaml document: invalid Yaml document separator: foo`.
  /// `fileName` is informational (kept for callers that report it).
  public static func read(_ text: String, fileName: String = "values.yaml") throws -> Value {
    try read(text, blockReader: true)
  }

  /// `read`, taking each document the block reader reads whole from it when `blockReader`
  /// (the same values: a test compares both ways over the corpus charts' values files).
  static func read(_ text: String, blockReader: Bool) throws -> Value {
    let result = GoMap()
    for doc in try YAMLDocumentSplitter.split(text) {
      if blockReader, let value = BlockManifestReader.soleValue(doc.text) {
        if case .map(let m) = value {
          merge(m, into: result)
          continue
        }
        if case .null = value { continue }
      }
      let jsonable: YAMLToJSON.JSONable
      do {
        jsonable = try YAMLToJSON.yamlToJSONable(doc.text)
      } catch let e as YAMLError {
        throw YAMLError(
          "cannot unmarshal yaml document: " + e.message, line: e.line.map { $0 + doc.firstLine - 1 })
      }
      switch jsonable {
      case .object:
        if case .map(let m) = YAMLToJSON.toValue(jsonable) { merge(m, into: result) }
      case .scalar(.null):
        continue
      default:
        throw YAMLError(
          "cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal "
            + YAMLToJSON.jsonTypeWord(jsonable) + " into Go value of type map[string]interface {}")
      }
    }
    return .map(result)
  }

  /// Deep merge: maps recurse, anything else from `src` replaces.
  static func merge(_ src: GoMap, into dst: GoMap) {
    for (k, v) in src.storage {
      if case .map(let sm) = v, case .map(let dm)? = dst.storage[k] {
        merge(sm, into: dm)
      } else {
        dst.storage[k] = v
      }
    }
  }
}
