import Checking
import Values
import YAML

/// A render's manifest stream with each generated field (`generated:` in `chartc.yaml`) that
/// is present and well formed written as `GeneratedField.placeholder`, so the golden file of
/// a chart that generates passwords stays the same from one render to the next. A missing
/// or malformed generated field is left as rendered, and shows as drift.
enum GeneratedStreamText {
  static func apply(_ fields: [GeneratedField], to release: RenderedRelease) -> String {
    let stream = release.output.stdout
    guard !fields.isEmpty else { return stream }
    var lines = stream.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var removed = Set<Int>()
    for object in release.objects {
      let r = object.reference
      for field in fields where field.names(kind: r.kind, name: r.name, namespace: r.namespace) {
        guard let node = object.document.node(atPointer: field.path), node.kind == .scalar,
          let value = value(at: field.tokens, in: object.value),
          GeneratedPlaceholders.isWellFormed(
            value, isSecretData: r.kind == "Secret" && field.tokens.first == "data")
        else { continue }
        let line = node.mark.line - 1
        guard lines.indices.contains(line) else { continue }
        let scalars = Array(lines[line].unicodeScalars)
        let column = min(max(0, node.mark.column - 1), scalars.count)
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[..<column])
        lines[line] = String(text) + GeneratedField.placeholder
        if node.style == .literal || node.style == .folded {
          let indent = lines[line].prefix { $0 == " " }.count
          var next = line + 1
          while next < lines.count,
            lines[next].isEmpty || lines[next].prefix(while: { $0 == " " }).count > indent
          {
            if lines[next].hasPrefix("---") { break }
            removed.insert(next)
            next += 1
          }
        }
      }
    }
    return lines.enumerated().filter { !removed.contains($0.offset) }.map(\.element).joined(separator: "\n")
  }

  private static func value(at tokens: [String], in root: Value) -> Value? {
    var current = root
    for token in tokens {
      switch current {
      case .map(let map):
        guard let next = map[token] else { return nil }
        current = next
      case .list(let items):
        guard let i = Int(token), items.indices.contains(i) else { return nil }
        current = items[i]
      default: return nil
      }
    }
    return current
  }
}
