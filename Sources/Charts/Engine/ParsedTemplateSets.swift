import Synchronization
import Template

/// Template sets already parsed by earlier renders, keyed by the exact files parsed (names
/// and texts, in parse order), so that rendering the same chart again never re-parses it.
/// A set is lent to one render at a time: `take` removes it, `put` returns it. Holds a few
/// sets, dropping the least recently returned.
final class ParsedTemplateSets: Sendable {
  /// One file of a set: its template path and text.
  struct Source: Hashable, Sendable {
    let name: String
    let text: String
  }

  private let entries = Mutex<[(sources: [Source], set: TemplateSet)]>([])
  private let capacity: Int

  init(capacity: Int = 8) { self.capacity = capacity }

  /// A parsed set for exactly `sources`, removed from the cache; nil when there is none.
  func take(_ sources: [Source]) -> TemplateSet? {
    entries.withLock { entries in
      guard let index = entries.lastIndex(where: { $0.sources == sources }) else { return nil }
      return entries.remove(at: index).set
    }
  }

  /// Returns `set` (parsed from `sources`) to the cache.
  func put(_ set: TemplateSet, for sources: [Source]) {
    entries.withLock { entries in
      entries.append((sources, set))
      if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
    }
  }
}
