import Checking
import GoLib

extension LintRules {
  /// `no-value`: `<no value>` (a missing value printed by the template engine) or `<nil>` in
  /// the output, where Helm's cleanup of `<no value>` did not reach (it survives `upper`,
  /// `b64enc`, `printf` and the like).
  static let noValue = ObjectCheck.textTrap(.noValue, decoding: true, { RenderedTexts.missingValue(in: $0) })
  {
    "\($0.text[$0.range]) in the output\($0.decodedNote) in \"\($0.excerpt)\""
  }
}

extension RenderedTexts {
  /// What the template engine prints for a missing value.
  static let missingValueMarkers = ["<no value>", "<nil>"]

  /// The first `<no value>` or `<nil>` of `text` (in any case).
  static func missingValue(in text: String) -> Range<String.Index>? {
    guard text.utf8.contains(UInt8(ascii: "<")) else { return nil }
    return missingValueMarkers.lazy.compactMap { ByteSearch.rangeIgnoringASCIICase(of: $0, in: text) }.first
  }
}
