import TestSupport
import Testing
import Values

/// `goStringLess` orders strings by the bytes Go holds for them (bytes that are not UTF-8 are
/// carried as private-use scalars): compared with ordering those bytes, on generated strings
/// of ASCII, multi-byte scalars, scalars of the carriers' plane that carry nothing, and raw
/// bytes, with shared prefixes and prefixes of one another.
struct GoStringLessTests {
  @Test func ordersByTheBytesGoHolds() {
    let pieces: [[UInt8]] = [
      Array("a".utf8), Array("b".utf8), Array("/".utf8), Array("é".utf8), Array("\u{F0041}".utf8),
      Array("\u{FFFD}".utf8), Array("\u{1F600}".utf8), [0xFF], [0x80], [0xC3], [0x7F], [0xF3],
    ]
    var random = SplitMix64(seed: 0x5EED)
    func make() -> String {
      var bytes: [UInt8] = Array("common/".utf8.prefix(Int(random.next() % 8)))
      for _ in 0..<Int(random.next() % 4) { bytes += pieces[Int(random.next() % UInt64(pieces.count))] }
      return GoByteString.fromBytes(bytes)
    }
    for _ in 0..<5_000 {
      let a = make()
      let b = make()
      let expected = GoByteString.bytes(a).lexicographicallyPrecedes(GoByteString.bytes(b))
      #expect(goStringLess(a, b) == expected, "\(Array(a.utf8)) \(Array(b.utf8))")
    }
  }
}
