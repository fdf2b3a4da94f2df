import GoLib
import Synchronization
import Testing

@testable import YAML

/// The decoded-document cache answers each distinct text once, tells texts apart that only
/// differ late or in length, and starts over when its byte budget is spent.
struct DocumentTextCacheTests {
  @Test func decodesEachDistinctTextOnce() {
    let cache = DocumentTextCache<Int>()
    let calls = Mutex(0)
    func decode(_ text: String) -> Int {
      calls.withLock { $0 += 1 }
      return text.utf8.count
    }
    let long = String(repeating: "kind: ConfigMap\n", count: 50)
    let texts = ["a: 1\n", "a: 2\n", long, long + "x", String(long.dropLast()), "", "é: ü\n"]
    for _ in 0..<3 {
      for text in texts { #expect(cache.value(of: text, decode) == text.utf8.count) }
    }
    #expect(calls.withLock { $0 } == texts.count)
  }

  @Test func keepsNoErrorAndStartsOverWhenFull() throws {
    let cache = DocumentTextCache<String>(capacityBytes: 10)
    struct Refused: Error {}
    #expect(throws: Refused.self) { try cache.value(of: "bad") { _ in throw Refused() } }
    #expect(cache.value(of: "bad") { $0 + "!" } == "bad!")
    let calls = Mutex(0)
    let decode: (String) -> String = { text in
      calls.withLock { $0 += 1 }
      return text
    }
    _ = cache.value(of: "123456", decode)
    _ = cache.value(of: "123456", decode)  // a hit
    _ = cache.value(of: "abcdef", decode)  // over the budget: the cache starts over
    _ = cache.value(of: "123456", decode)  // decoded again
    #expect(calls.withLock { $0 } == 3)
    #expect(TextHash.of("a: 1\n") != TextHash.of("a: 2\n"))
  }
}
