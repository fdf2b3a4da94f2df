import Checking
import YAML

extension LintRules {
  /// `duplicate-key`: a key written twice in one rendered mapping; the last one wins without
  /// a word (typically a label or env entry added by a helper and again by the template).
  static let duplicateKey = ObjectCheck(
    about: .duplicateKey,
    reads: .documents
  ) { object, index in
    var problems: [Problem] = []
    DocumentNodes.forEachNode(of: object.document.root) { mapping, _, pointer in
      guard mapping.kind == .mapping, mapping.children.count > 2 else { return }
      var seen: [String: YAMLNode] = [:]
      var reported: Set<String> = []
      for (key, _) in mapping.pairs where key.kind == .scalar {
        if key.value == "<<" && key.style == .plain { continue }
        guard let first = seen[key.value] else {
          seen[key.value] = key
          continue
        }
        guard reported.insert(key.value).inserted else { continue }
        let firstAt =
          index.release.location(line: first.mark.line, column: first.mark.column)
          ?? "line \(first.mark.line)"
        problems.append(
          Problem(
            "key \"\(key.value)\" appears twice in this mapping; the value at \(firstAt) is lost",
            at: Pointer.join(pointer(), key.value)))
      }
    }
    return problems
  }
}
