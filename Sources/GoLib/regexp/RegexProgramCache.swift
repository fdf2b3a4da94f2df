import Synchronization

/// Compiled patterns by text, so a `regexMatch` inside a `range` compiles its pattern
/// once. Bounded: cleared when it reaches `limit` entries. Errors are cached too.
final class RegexProgramCache: Sendable {
  static let shared = RegexProgramCache()

  private struct State {
    var entries: [String: Result<RegexProgram, RegexSyntaxError>] = [:]
    var compilations: [String: Int] = [:]
  }

  private let state = Mutex(State())
  let limit = 512

  /// How many times `pattern` was compiled (not served from the cache) since the cache was last
  /// cleared. Counted per pattern, so concurrent users of other patterns do not disturb it.
  func compilations(of pattern: String) -> Int { state.withLock { $0.compilations[pattern] ?? 0 } }

  func program(for pattern: String) throws(RegexSyntaxError) -> RegexProgram {
    if let hit = state.withLock({ $0.entries[pattern] }) { return try hit.get() }
    let result = Result { () throws(RegexSyntaxError) in try RegexProgram.compile(pattern) }
    state.withLock { s in
      if s.entries.count >= limit {
        s.entries.removeAll(keepingCapacity: true)
        s.compilations.removeAll(keepingCapacity: true)
      }
      s.entries[pattern] = result
      s.compilations[pattern, default: 0] += 1
    }
    return try result.get()
  }
}
