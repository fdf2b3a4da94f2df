import GoLib
import Testing

/// `TextHash` reads every byte of its input whatever its length (the short forms read
/// overlapping words), and a text's hash is its bytes' hash.
@Suite struct TextHashTests {
  @Test func hashReadsEveryByte() {
    // names of each length that differ in one byte at every position hash differently
    for length in 1...24 {
      let base = [UInt8](repeating: UInt8(ascii: "a"), count: length)
      let hashes = Set(
        (0..<length).map { i -> UInt64 in
          var bytes = base
          bytes[i] = UInt8(ascii: "b")
          return TextHash.of(String(decoding: bytes, as: UTF8.self))
        } + [TextHash.of(String(decoding: base, as: UTF8.self))])
      #expect(hashes.count == length + 1, "length \(length)")
    }
  }

  @Test func textHashIsItsBytesHash() {
    for text in ["", "a", "abcd", "abcdefgh", "a text longer than sixteen bytes", "名前", "e\u{301}"] {
      let bytes = Array(text.utf8)
      #expect(TextHash.of(text) == bytes.withUnsafeBufferPointer { TextHash.of($0) })
    }
    #expect(TextHash.of("é") != TextHash.of("e\u{301}"))
  }
}
