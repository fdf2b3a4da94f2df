import Foundation

/// Compiled patterns by text, so a `regexMatch` inside a `range` compiles its pattern
/// once. Bounded: cleared when it reaches `limit` entries. Errors are cached too.
final class RegexProgramCache: @unchecked Sendable {
  static let shared = RegexProgramCache()

  private let lock = NSLock()
  private var entries: [String: Result<RegexProgram, RegexSyntaxError>] = [:]
  let limit = 512
  private(set) var compilations = 0

  func program(for pattern: String) throws(RegexSyntaxError) -> RegexProgram {
    lock.lock()
    if let hit = entries[pattern] {
      lock.unlock()
      return try hit.get()
    }
    lock.unlock()
    let result = Result { () throws(RegexSyntaxError) in try RegexProgram.compile(pattern) }
    lock.lock()
    if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
    entries[pattern] = result
    compilations += 1
    lock.unlock()
    return try result.get()
  }
}
