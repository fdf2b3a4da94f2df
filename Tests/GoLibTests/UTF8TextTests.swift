import GoLib
import Testing

/// `UTF8Text.string` makes the same string as `String(decoding:as:)` for every input: ASCII
/// texts, one non-ASCII character anywhere, invalid and truncated sequences next to the
/// ASCII on either side of the checked span, texts around the length where it starts to
/// split them. `UTF8Text.equal` is byte equality.
@Suite struct UTF8TextTests {
  /// Pieces placed into ASCII filler: valid characters, invalid bytes, sequences cut short.
  static let pieces: [[UInt8]] = [
    Array("©".utf8), Array("…".utf8), Array("名前".utf8), Array("😀".utf8),
    [0x80], [0xFF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xC0, 0xAF],
  ]

  static func sameAsStandardLibrary(_ bytes: [UInt8]) -> Bool {
    Array(UTF8Text.string(bytes).utf8) == Array(String(decoding: bytes, as: UTF8.self).utf8)
  }

  @Test(arguments: [0, 1, 7, 8, 9, 511, 512, 513, 1000, 4096])
  func asciiTexts(_ length: Int) {
    let bytes = (0..<length).map { UInt8(0x20 + $0 % 90) }
    #expect(Self.sameAsStandardLibrary(bytes))
  }

  @Test(arguments: 0..<11)
  func onePieceAnywhere(_ piece: Int) {
    for length in [600, 1024, 3000] {
      for at in [0, 1, 7, 8, 63, length / 2, length - 9, length - 1, length] {
        var bytes = (0..<length).map { UInt8(0x41 + $0 % 26) }
        bytes.insert(contentsOf: Self.pieces[piece], at: at)
        #expect(Self.sameAsStandardLibrary(bytes), "piece \(piece) at \(at) of \(length)")
      }
    }
  }

  @Test func twoPiecesFarApartAndClose() {
    for (a, b) in [(0, 10), (3, 4), (5, 6), (9, 1), (2, 8)] {
      for (p, q) in [(5, 900), (400, 401), (0, 2047), (700, 710)] {
        var bytes = [UInt8](repeating: 0x61, count: 2048)
        bytes.insert(contentsOf: Self.pieces[b], at: q)
        bytes.insert(contentsOf: Self.pieces[a], at: p)
        #expect(Self.sameAsStandardLibrary(bytes), "pieces \(a), \(b) at \(p), \(q)")
      }
    }
  }

  @Test(arguments: [
    ("é", "e\u{301}", false), ("é", "é", true), ("", "", true), ("a", "", false), ("名前", "名前", true),
    ("a string longer than fifteen bytes", "a string longer than fifteen bytes", true),
    ("a string longer than fifteen bytes", "a string longer than fifteen byteZ", false),
  ])
  func equalMeansTheSameBytes(_ a: String, _ b: String, _ equal: Bool) {
    #expect(UTF8Text.equal(a, b) == equal)
    #expect(UTF8Text.equal(b, a) == equal)
  }

  @Test func mostlyNonASCII() {
    let bytes = Array(String(repeating: "名前と値 ", count: 300).utf8) + [0xE2, 0x80]
    #expect(Self.sameAsStandardLibrary(bytes))
  }
}
