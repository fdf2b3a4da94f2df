import GoLib
import TestSupport
import Testing

/// `ScalarEscaper` returns text it leaves alone as it is and escapes the rest scalar by
/// scalar: compared with the table read one scalar at a time on generated text (ASCII the
/// tables name and do not name, controls, non-ASCII the `other` rule takes and keeps).
struct ScalarEscaperTests {
  static let escapers: [(String, ScalarEscaper)] = [
    ("xmlText", ScalarEscaper.xmlText),
    (
      "json",
      ScalarEscaper(
        ScalarEscaper.backslashEscapes,
        other: { $0.value < 0x20 ? ScalarEscaper.unicodeEscape($0.value) : nil })
    ),
    ("non-ASCII", ScalarEscaper(["é": "e"], other: { $0.value == 0x2028 ? "\\u2028" : nil })),
  ]

  /// Each scalar looked up in turn: what `escape` must return.
  static func reference(_ escaper: ScalarEscaper, _ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      if let replacement = escaper.table[scalar] ?? escaper.other(scalar) {
        out += replacement
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  @Test(arguments: 0..<escapers.count)
  func escapesAsTheTableSays(index: Int) {
    let (name, escaper) = Self.escapers[index]
    let alphabet: [Unicode.Scalar] = [
      "a", "Z", "0", " ", "-", "\"", "\\", "&", "<", ">", "'", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}",
      "é", "\u{2028}", "\u{FFFD}", "\u{1F600}",
    ]
    var random = SplitMix64(seed: 0x5CA1_AB1E)
    for length in [0, 1, 2, 7, 40] {
      for _ in 0..<200 {
        var s = String.UnicodeScalarView()
        for _ in 0..<length { s.append(alphabet[Int(random.next() % UInt64(alphabet.count))]) }
        let text = String(s)
        #expect(
          escaper.escape(text).unicodeScalars.elementsEqual(Self.reference(escaper, text).unicodeScalars),
          "\(name): \(text.debugDescription)")
      }
    }
    #expect(escaper.quote("plain text") == "\"plain text\"")
  }
}
