import Synchronization

extension LargeStack {
  /// `job(i)` for every `i` in `0..<count`, on up to `width` large-stack threads at once,
  /// each taking the next index as it finishes one; the results in index order. Each
  /// thread is handed its work once, not once per job (a hand-over is two thread switches:
  /// `validate` over the 250 files of the corpus render made 500 of them). The first error
  /// thrown stops the jobs not yet started and is rethrown.
  public static func map<T: Sendable>(
    count: Int, width: Int, _ job: @escaping @Sendable (Int) throws -> T
  ) async throws -> [T] {
    let jobs = IndexedJobs<T>(count: count)
    try await withThrowingTaskGroup(of: Void.self) { group in
      for _ in 0..<min(max(1, width), count) {
        group.addTask {
          try LargeStack.run {
            while let i = jobs.next() {
              do {
                jobs.store(try job(i), at: i)
              } catch {
                jobs.stop()
                throw error
              }
            }
          }
        }
      }
      try await group.waitForAll()
    }
    return jobs.results()
  }
}

/// The shared state of one `LargeStack.map`: the next index to hand out, and the results.
private final class IndexedJobs<T: Sendable>: Sendable {
  private struct State {
    var next = 0
    var stopped = false
    var results: [T?]
  }

  private let count: Int
  private let state: Mutex<State>

  init(count: Int) {
    self.count = count
    state = Mutex(State(results: Array(repeating: nil, count: count)))
  }

  /// The next index not yet handed out; nil when all are, or after `stop`.
  func next() -> Int? {
    state.withLock { state in
      guard !state.stopped, state.next < count else { return nil }
      defer { state.next += 1 }
      return state.next
    }
  }

  func store(_ result: T, at index: Int) {
    state.withLock { $0.results[index] = result }
  }

  func stop() {
    state.withLock { $0.stopped = true }
  }

  /// Every result, in index order (each index's job has run).
  func results() -> [T] {
    state.withLock { $0.results.map { $0! } }
  }
}
