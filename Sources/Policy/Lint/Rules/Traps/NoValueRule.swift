import Checking

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
      for text in RenderedTexts.of(object) {
        let lower = text.text.lowercased()
        guard let marker = Self.markers.first(where: { lower.contains($0) }),
          let range = lower.range(of: marker)
        else { continue }
        let shown = String(text.text[range])
        out.append(
          finding(
            "\(shown) in the output\(text.decoded ? " (inside base64-encoded text)" : "") in \"\(RenderedTexts.excerpt(text.text, around: range))\"",
            on: object, at: text.pointer))
      }
    }
    return out
  }
}
