import Checking
import GoLib
import Values

/// Puts `GeneratedField.placeholder` in place of each generated field that is present and
/// well formed (a non-empty string; valid base64 under a Secret's `data`), so two renders
/// that generated different values compare equal. A missing or malformed field is left as
/// it is, and shows.
enum GeneratedPlaceholders {
  static func apply(_ fields: [GeneratedField], to document: DiffDocument) -> DiffDocument {
    let r = document.reference
    let matching = fields.filter { $0.names(kind: r.kind, name: r.name, namespace: r.namespace) }
    guard !matching.isEmpty, case .map = document.value else { return document }
    var copy = document
    let value = document.value.deepCopy()
    for field in matching {
      replace(field.tokens, in: value, isSecretData: r.kind == "Secret" && field.tokens.first == "data")
    }
    copy.value = value
    return copy
  }

  /// Whether `value` is a well-formed generated value.
  static func isWellFormed(_ value: Value, isSecretData: Bool) -> Bool {
    guard case .string(let text) = value, !text.isEmpty else { return false }
    if isSecretData { return (try? GoBase64.decode(text)) != nil }
    return true
  }

  private static func replace(_ tokens: [String], in root: Value, isSecretData: Bool) {
    guard let last = tokens.last else { return }
    // Lists are values: only a field whose parent is a map can be replaced in place.
    guard case .map(let parent)? = root.descendant(at: Array(tokens.dropLast())), let leaf = parent[last],
      isWellFormed(leaf, isSecretData: isSecretData)
    else { return }
    parent[last] = .string(GeneratedField.placeholder)
  }
}
