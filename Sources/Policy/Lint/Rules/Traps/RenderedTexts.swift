import Checking
import Foundation
import YAML

/// The scalar texts of a rendered object as a trap scan reads them: each value and key,
/// and, for a value that is base64 of readable text (Secret data, `b64enc` output), the
/// decoded text too (Helm strips `<no value>` from plain output, but not from encoded text).
enum RenderedTexts {
  /// A match in one scalar.
  struct Hit {
    /// The text searched (the scalar, or its base64-decoded form).
    let text: String
    /// Where in `text` the match is.
    let range: Range<String.Index>
    /// Pointer of the scalar (for a key: of the value it keys).
    let pointer: String
    /// Whether `text` is the base64-decoded form of the scalar.
    let decoded: Bool

    /// ` (inside base64-encoded text)` for a decoded hit, for messages.
    var decodedNote: String { decoded ? " (inside base64-encoded text)" : "" }
    /// A short excerpt of the text around the match, for messages.
    var excerpt: String { RenderedTexts.excerpt(text, around: range) }
  }

  /// The first match of `match` in each scalar of `object` (and, when `decoding`, in the
  /// base64-decoded text of each value).
  static func hits(in object: RenderedObject, decoding: Bool, _ match: (String) -> Range<String.Index>?)
    -> [Hit]
  {
    var out: [Hit] = []
    DocumentNodes.forEachNode(of: object.document.root) { node, isKey, pointer in
      guard node.kind == .scalar else { return }
      let value = node.value
      if let range = match(value) {
        out.append(Hit(text: value, range: range, pointer: pointer(), decoded: false))
      } else if decoding, !isKey, let decoded = decodedBase64(value), let range = match(decoded) {
        out.append(Hit(text: decoded, range: range, pointer: pointer(), decoded: true))
      }
    }
    return out
  }

  /// The text `s` encodes in base64, when `s` is base64 (8 characters or more) of valid
  /// UTF-8 without control characters other than whitespace.
  static func decodedBase64(_ s: String) -> String? {
    guard s.utf8.count >= 8,
      // most scalars stop here: a byte that is neither base64 nor possibly whitespace
      s.utf8.allSatisfy({ isBase64Byte($0) || $0 == 0x20 || (0x09...0x0D).contains($0) || $0 >= 0x80 })
    else { return nil }
    let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
    guard trimmed.utf8.allSatisfy({ isBase64Byte($0) }), trimmed.utf8.count >= 8, trimmed.utf8.count % 4 == 0
    else { return nil }
    guard let data = Data(base64Encoded: trimmed), let text = String(data: data, encoding: .utf8) else {
      return nil
    }
    let readable = text.unicodeScalars.allSatisfy {
      $0.value >= 0x20 || $0 == "\n" || $0 == "\t" || $0 == "\r"
    }
    return readable ? text : nil
  }

  private static func isBase64Byte(_ b: UInt8) -> Bool {
    (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 43 || b == 47 || b == 61
  }

  /// A short excerpt of `text` around `range` for messages.
  static func excerpt(_ text: String, around range: Range<String.Index>) -> String {
    let start = text.index(range.lowerBound, offsetBy: -20, limitedBy: text.startIndex) ?? text.startIndex
    let end = text.index(range.upperBound, offsetBy: 20, limitedBy: text.endIndex) ?? text.endIndex
    let snippet = text[start..<end].replacingOccurrences(of: "\n", with: "\\n")
    return (start > text.startIndex ? "…" : "") + snippet + (end < text.endIndex ? "…" : "")
  }
}

extension ObjectCheck {
  /// A trap found in the rendered text: every object, as written, is searched with `match`
  /// (scalars and keys, and with `decoding` the base64-decoded text of values); each hit is
  /// a finding at the scalar, worded by `message`.
  static func textTrap(
    _ about: LintRuleDescription, decoding: Bool,
    _ match: @escaping @Sendable (String) -> Range<String.Index>?,
    message: @escaping @Sendable (RenderedTexts.Hit) -> String
  ) -> ObjectCheck {
    ObjectCheck(about: about, reads: .documents) { object, _ in
      RenderedTexts.hits(in: object, decoding: decoding, match).map { Problem(message($0), at: $0.pointer) }
    }
  }
}
