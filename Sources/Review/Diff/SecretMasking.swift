import Crypto
import GoLib
import Values

/// Keeps Secret values out of every report: the `data` and `stringData` entries of a
/// Secret become `<secret sha256:1a2b3c4d>` (a short hash of the decoded value, so a report
/// still tells changed from unchanged), and any other string that contains a Secret value
/// (or its base64 form) has it replaced by the same mark, except values under identifying
/// keys (`host`, `username`...), which other objects write in the clear.
struct SecretMasking {
  /// Secret texts (values and their base64 forms) → their mark, longest first.
  private let secrets: [(text: String, mark: String)]
  /// Shorter values are masked inside Secrets only (too common to scrub elsewhere).
  static let minimumScrubbedLength = 6

  init(documents: [DiffDocument]) {
    var found: [String: String] = [:]
    for document in documents where Self.isSecret(document) {
      guard case .map(let object) = document.value else { continue }
      for field in ["data", "stringData"] {
        guard case .map(let entries)? = object[field] else { continue }
        for (key, value) in entries.storage where !Self.isIdentifier(key) {
          guard case .string(let text) = value else { continue }
          let decoded = field == "data" ? Self.decoded(text) : Array(text.utf8)
          let mark = Self.mark(decoded)
          var forms = [text, GoBase64.encode(decoded)]
          if let plain = String(validating: decoded, as: UTF8.self) { forms.append(plain) }
          for form in forms where form.count >= Self.minimumScrubbedLength { found[form] = mark }
        }
      }
    }
    secrets = found.sorted { $0.key.count != $1.key.count ? $0.key.count > $1.key.count : $0.key < $1.key }
      .map { ($0.key, $0.value) }
  }

  /// Words that, as the last word of a Secret key (`db-host`, `admin_user`), name a value
  /// that identifies rather than authenticates: it is masked in the Secret but not scrubbed
  /// from other objects (where it is routinely written in the clear).
  static let identifierWords: Set<String> = [
    "host", "hostname", "port", "database", "db", "dbname", "user", "username", "login", "name", "namespace",
    "endpoint", "region", "bucket", "url", "uri", "address", "addr", "scheme", "protocol", "type", "mode",
    "email", "account", "container", "path", "id",
  ]

  static func isIdentifier(_ key: String) -> Bool {
    let words = key.lowercased().split { $0 == "-" || $0 == "_" || $0 == "." }
    return words.last.map { identifierWords.contains(String($0)) } ?? false
  }

  static func isSecret(_ document: DiffDocument) -> Bool {
    document.reference.kind == "Secret" && document.reference.group.isEmpty
  }

  /// `<secret sha256:…>` for a decoded value.
  static func mark(_ bytes: [UInt8]) -> String {
    let digest = SHA256.hash(data: bytes)
    let hex = digest.prefix(4).map { byte in
      let s = String(byte, radix: 16)
      return s.count == 1 ? "0" + s : s
    }.joined()
    return "<secret sha256:\(hex)>"
  }

  private static func decoded(_ text: String) -> [UInt8] {
    let compact = text.filter { !$0.isWhitespace }
    return (try? GoBase64.decode(compact)) ?? Array(text.utf8)
  }

  /// `document` with its Secret values masked and Secret values scrubbed from its strings.
  func masked(_ document: DiffDocument, placeholders: Set<String> = []) -> DiffDocument {
    var copy = document
    if Self.isSecret(document), case .map(let object) = document.value {
      let out = GoMap()
      for (key, value) in object.storage {
        if key == "data" || key == "stringData", case .map(let entries) = value {
          let masked = GoMap()
          for (name, entry) in entries.storage {
            if case .string(let text) = entry, !placeholders.contains(text) {
              masked[name] = .string(Self.mark(key == "data" ? Self.decoded(text) : Array(text.utf8)))
            } else {
              masked[name] = entry
            }
          }
          out[key] = .map(masked)
        } else {
          out[key] = scrub(value)
        }
      }
      copy.value = .map(out)
    } else if !secrets.isEmpty {
      copy.value = scrub(document.value)
    }
    return copy
  }

  /// `text` with every Secret value in it replaced by its mark.
  func scrubbed(_ text: String) -> String {
    guard case .string(let out) = scrub(.string(text)) else { return text }
    return out
  }

  private func scrub(_ value: Value) -> Value { scrubbedIfChanged(value) ?? value }

  /// The value with Secret values replaced, or nil when it holds none (nothing is copied).
  private func scrubbedIfChanged(_ value: Value) -> Value? {
    switch value {
    case .string(let text):
      guard text.count >= Self.minimumScrubbedLength else { return nil }
      var out = text
      for (secret, mark) in secrets where out.contains(secret) {
        out = out.replacingOccurrences(of: secret, with: mark)
      }
      return out == text ? nil : .string(out)
    case .list(let items):
      var changed = false
      let out = items.map { item -> Value in
        guard let replaced = scrubbedIfChanged(item) else { return item }
        changed = true
        return replaced
      }
      return changed ? .list(out) : nil
    case .map(let map):
      var replaced: [String: Value] = [:]
      for (key, item) in map.storage {
        if let new = scrubbedIfChanged(item) { replaced[key] = new }
      }
      if replaced.isEmpty { return nil }
      let out = GoMap(map.storage, goTypeName: map.goTypeName)
      for (key, item) in replaced { out[key] = item }
      return .map(out)
    default: return nil
    }
  }
}
