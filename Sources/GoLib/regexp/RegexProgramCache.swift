import Synchronization

/// Compiled patterns by text, so a `regexMatch` inside a `range` compiles its pattern
/// once. Bounded: cleared when it reaches `limit` entries. Errors are cached too.
final class RegexProgramCache: Sendable {
  static let shared = RegexProgramCache()

  private struct State {
    var entries: [String: Result<RegexProgram, RegexSyntaxError>] = [:]
    var compilations = 0
  }

  private let state = Mutex(State())
  let limit = 512

  /// How many patterns were compiled (not served from the cache) so far.
  var compilations: Int { state.withLock { $0.compilations } }

  func program(for pattern: String) throws(RegexSyntaxError) -> RegexProgram {
    if let hit = state.withLock({ $0.entries[pattern] }) { return try hit.get() }
    let result = Result { () throws(RegexSyntaxError) in try RegexProgram.compile(pattern) }
    state.withLock { s in
      if s.entries.count >= limit { s.entries.removeAll(keepingCapacity: true) }
      s.entries[pattern] = result
      s.compilations += 1
    }
    return try result.get()
  }
}
