import Checking
import YAML

/// `duplicate-key`: a key written twice in one rendered mapping; the last one wins without
/// a word (typically a label or env entry added by a helper and again by the template).
public struct DuplicateKeyRule: LintRule {
  public init() {}
  public let id = "duplicate-key"
  public let severity = Severity.error
  public let rationale =
    "YAML decoders used by Helm and kubectl keep the last of two equal keys, so the first value is silently lost."
  public let fix =
    "Write each key once: remove the duplicate or merge the two sources (e.g. `merge` the dicts before `toYaml`)."

  public func check(_ release: RenderedRelease) -> [Finding] {
    var out: [Finding] = []
    for object in release.objects {
      DocumentNodes.forEachMapping(of: object.document.root) { mapping, pointer in
        guard mapping.children.count > 2 else { return }
        var seen: [String: YAMLNode] = [:]
        var reported: Set<String> = []
        for (key, _) in mapping.pairs where key.kind == .scalar {
          if key.value == "<<" && key.style == .plain { continue }
          if let first = seen[key.value] {
            guard reported.insert(key.value).inserted else { continue }
            let firstAt =
              release.location(line: first.mark.line, column: first.mark.column) ?? "line \(first.mark.line)"
            out.append(
              finding(
                "key \"\(key.value)\" appears twice in this mapping; the value at \(firstAt) is lost",
                on: object, at: Pointer.join(pointer(), key.value)))
          } else {
            seen[key.value] = key
          }
        }
      }
    }
    return out
  }
}
