import Checking
import Foundation

/// `no-value`: `<no value>` (a missing value printed by the template engine) or `<nil>` in
/// the output, where Helm's cleanup of `<no value>` did not reach (it survives `upper`,
/// `b64enc`, `printf` and the like).
public struct NoValueRule: LintRule {
  public init() {}
  public let id = "no-value"
  public let severity = Severity.error
  public let rationale =
    "A value the template expected was missing; Helm printed `<no value>` or `<nil>` in its place without an error."
  public let fix =
    "Set the value, give it a `default`, or make it `required`; check the key's spelling and scope (`$` inside `range`/`with`)."

  static let markers = ["<no value>", "<nil>"]

  public func check(_ release: RenderedRelease) -> [Finding] {
    var out: [Finding] = []
    for object in release.objects {
      let hits = RenderedTexts.hits(in: object, decoding: true) { text in
        guard text.contains("<") else { return nil }
        return Self.markers.lazy.compactMap { text.range(of: $0, options: .caseInsensitive) }.first
      }
      for hit in hits {
        out.append(
          finding(
            "\(hit.text[hit.range]) in the output\(hit.decoded ? " (inside base64-encoded text)" : "") in \"\(RenderedTexts.excerpt(hit.text, around: hit.range))\"",
            on: object, at: hit.pointer))
      }
    }
    return out
  }
}
