import Testing

@testable import YAML

/// The emitter's analysis of text made of printable ASCII and line feeds, one byte per
/// character (`ASCIILineCharacters`), gives the flags of its character-by-character reading
/// of any UTF-8 (`UTF8Characters`), for both flavors, on strings built from the characters
/// where the rules turn: indicators first, after a space or a break, before a space or the
/// end; spaces and breaks leading, trailing and next to each other.
@Suite struct EmitterScalarAnalysisTests {
  static let alphabet = Array(" \n-:#?,[]{}&*!|>'\"%@`.~a1".utf8)

  @Test(arguments: [EmitterFlavor.v2, .v3])
  func asciiReadingAgrees(flavor: EmitterFlavor) {
    var state: UInt64 = 0xA5C11
    var failures: [String] = []
    for _ in 0..<30_000 {
      var value: [UInt8] = []
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for _ in 0..<(1 + Int((state >> 33) % 8)) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        value.append(Self.alphabet[Int((state >> 33) % UInt64(Self.alphabet.count))])
      }
      var general = Emitter(flavor: flavor)
      general.analyzeCharacters(value, as: UTF8Characters.self)
      var bytewise = Emitter(flavor: flavor)
      bytewise.analyzeCharacters(value, as: ASCIILineCharacters.self)
      if bytewise.scalar != general.scalar {
        failures.append(String(reflecting: String(decoding: value, as: UTF8.self)))
      }
    }
    #expect(failures.isEmpty, "\(failures.count) differ, first: \(failures.prefix(5))")
  }
}
