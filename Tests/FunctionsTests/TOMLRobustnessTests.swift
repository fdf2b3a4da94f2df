import Testing
import Values

@testable import Functions
@testable import GoLib

/// Mutated and truncated TOML documents: every input either parses or yields a parse
/// error, and whatever parses encodes again (no traps, no hangs).
struct TOMLRobustnessTests {
  static let seeds = [
    "title = \"T\"\n[server]\nport = 8080\nhosts = [\"a\", \"b\"]\n",
    "[[p]]\nn = 1\nx = { a = 1, b = [1, 2.5, \"s\"] }\n[[p]]\nn = 2\n",
    "a.b.c = 1979-05-27T07:32:00Z\nd = '''\nraw\n'''\ne = \"\"\"\nx\\\n  y\"\"\"\n",
    "f = [0x1F, 0o7, 0b1, -inf, nan, 1e-3, 07:32:00, 1979-05-27]\n\"q k\" = \"\\u00e9\\t\"\n",
  ]

  /// A small deterministic generator (xorshift), so the cases are the same every run.
  struct XorShift {
    var state: UInt64
    mutating func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
  }

  @Test func mutatedDocumentsNeverTrap() {
    var rng = XorShift(state: 0x9E37_79B9_7F4A_7C15)
    let alphabet = Array("[]{}=.,\"'#\n\r\t \\_-+:0123456789abcdefxoTZ".utf8)
    var parsed = 0
    var failed = 0
    for seed in Self.seeds {
      let base = Array(seed.utf8)
      for _ in 0..<400 {
        var bytes = base
        for _ in 0..<(1 + Int(rng.next() % 4)) where !bytes.isEmpty {
          let at = Int(rng.next() % UInt64(bytes.count))
          switch rng.next() % 3 {
          case 0: bytes[at] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
          case 1: bytes.remove(at: at)
          default: bytes.insert(alphabet[Int(rng.next() % UInt64(alphabet.count))], at: at)
          }
        }
        let cut = Int(rng.next() % UInt64(bytes.count + 1))
        for text in [bytes, Array(bytes.prefix(cut))] {
          do {
            let doc = try TOMLParser.parse(String(decoding: text, as: UTF8.self))
            parsed += 1
            _ = try? TOMLEncoder.encode(.map(doc))
          } catch {
            failed += 1
            #expect(error.text.hasPrefix("toml: line "))
          }
        }
      }
    }
    #expect(parsed + failed == Self.seeds.count * 800)
  }
}
