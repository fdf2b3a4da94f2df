/// The result of validating one document against one schema (`chartc validate --schema`),
/// as check-jsonschema does for values files.
public struct SchemaDocumentResult: Sendable {
  /// The file the document came from (`-` for stdin).
  public var file: String
  /// Index of the document in a multi-document stream (0-based).
  public var index: Int
  public var errors: [SchemaValidationError]

  public init(file: String, index: Int, errors: [SchemaValidationError]) {
    self.file = file
    self.index = index
    self.errors = errors
  }

  public var isValid: Bool { errors.isEmpty }
}

/// Reports for `chartc validate --schema FILE`.
public enum SchemaDocumentReport {
  /// `{"documents": [{"file", "index", "valid", "errors": [{"path", "keyword", "message",
  /// "causes"?}]}, ...]}` in input order, two-space indent.
  public static func json(_ results: [SchemaDocumentResult]) -> String {
    var out = "{\n  \"documents\": ["
    for (i, r) in results.enumerated() {
      out += i == 0 ? "\n" : ",\n"
      out +=
        "    {\"file\": \(jsonQuoted(r.file)), \"index\": \(r.index), \"valid\": \(r.isValid), \"errors\": ["
      out += r.errors.map(errorJSON).joined(separator: ", ")
      out += "]}"
    }
    out += results.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
    return out
  }

  static func errorJSON(_ e: SchemaValidationError) -> String {
    var s =
      "{\"path\": \(jsonQuoted(e.instancePath)), \"keyword\": \(jsonQuoted(e.keyword)), \"message\": \(jsonQuoted(e.message))"
    if !e.causes.isEmpty { s += ", \"causes\": [" + e.causes.map(errorJSON).joined(separator: ", ") + "]" }
    return s + "}"
  }

  /// Text: `<file>[#<index>]: ok` or `<file>[#<index>]: invalid` followed by Helm-style
  /// `- at '<path>': <message>` lines; the document index is shown for streams.
  public static func text(_ results: [SchemaDocumentResult]) -> String {
    var counts: [String: Int] = [:]
    for r in results { counts[r.file, default: 0] += 1 }
    var out = ""
    for r in results {
      let name = (counts[r.file] ?? 0) > 1 ? "\(r.file)#\(r.index)" : r.file
      if r.isValid {
        out += "\(name): ok\n"
      } else {
        out += "\(name): invalid\n" + HelmSchemaErrorFormatter.lines(r.errors, indent: 1)
      }
    }
    return out
  }
}
