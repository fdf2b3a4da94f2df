import Testing

@testable import YAML

/// `BlockKeyCache`: a key comes back as its text whether it was filed, found again, or met
/// after the table stopped taking keys; the table is sized to the stream.
@Suite struct BlockKeyCacheTests {
  /// Every key of `keys`, asked twice through one cache, with how often `resolve` ran.
  static func ask(_ keys: [String], lines: Int) -> (answers: [String?], resolved: Int) {
    let cache = BlockKeyCache(lines: lines)
    var resolved = 0
    let text = keys.joined(separator: " ")
    var answers: [String?] = []
    Array(text.utf8).withUnsafeBufferPointer { bytes in
      for _ in 0..<2 {
        var from = 0
        for key in keys {
          let to = from + key.utf8.count
          answers.append(
            cache.key(bytes, from, to) { text in
              resolved += 1
              return text
            })
          from = to + 1
        }
      }
    }
    return (answers, resolved)
  }

  @Test func repeatedKeysAreResolvedOnce() {
    let keys = ["name", "image", "a-key-of-sixteen", "containerPort", "x"]
    let (answers, resolved) = Self.ask(keys, lines: 5)
    #expect(answers == (keys + keys).map { $0 })
    #expect(resolved == keys.count)
  }

  /// More keys than a one-line stream's table takes (16 slots, 12 filed): the rest are
  /// resolved at every ask, and every answer is still the key's own text.
  @Test func keysBeyondAFullTableAreStillAnswered() {
    let keys = (0..<100).map { "key\($0)" }
    let (answers, resolved) = Self.ask(keys, lines: 1)
    #expect(answers == (keys + keys).map { $0 })
    #expect(resolved == 100 + (100 - 12))
  }

  /// Keys longer than sixteen bytes are not filed: resolved at every ask.
  @Test func longKeysAreResolvedEachTime() {
    let keys = ["a-key-of-seventeen", "another-long-key-name"]
    let (answers, resolved) = Self.ask(keys, lines: 2)
    #expect(answers == (keys + keys).map { $0 })
    #expect(resolved == 4)
  }
}
