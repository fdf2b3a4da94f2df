import GoLib
import Testing

/// Go's white space: `unicode.IsSpace` on every Latin-1 scalar and the Unicode spaces above,
/// and `strings.TrimSpace` cut by scalars (a space before a combining mark goes, though the
/// two make one Swift character).
struct GoSpaceTests {
  @Test func isSpaceAsGo() {
    let goSpaces: Set<UInt32> = [
      0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
      0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
    ]
    for value in Array(0..<0x3100) + [0xFEFF, 0x180E, 0x200B] {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      #expect(GoSpace.isSpace(scalar) == goSpaces.contains(UInt32(value)), "U+\(String(value, radix: 16))")
    }
  }

  @Test(arguments: [
    ("", ""), ("  ", ""), ("a", "a"), (" \t a b \n", "a b"), ("\u{3000}x\u{85}", "x"),
    (" \u{301}a ", "\u{301}a"),
    ("a\u{200B}", "a\u{200B}"), ("é ", "é"),
  ])
  func trimsAsGo(text: String, trimmed: String) {
    #expect(GoSpace.trim(text).unicodeScalars.elementsEqual(trimmed.unicodeScalars))
  }
}
