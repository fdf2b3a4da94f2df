import Foundation
import Synchronization

/// Asynchronous work run to its end from synchronous code: the work runs on a detached task
/// while the calling thread (never one of the cooperative pool's) waits for it. Commands
/// whose common path is synchronous (`render`) start the concurrency runtime's threads only
/// when they need them.
enum BlockingTask {
  /// The result of `work`, run on a detached task; the calling thread blocks until it ends.
  static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = Outcome<T>()
    Task.detached {
      let result: Result<T, any Error>
      do {
        result = .success(try await work())
      } catch {
        result = .failure(error)
      }
      outcome.result.withLock { $0 = result }
      outcome.finished.signal()
    }
    outcome.finished.wait()
    return try outcome.result.withLock { $0 }.get()
  }

  /// The result of a detached task (until it ends, a cancellation), and the signal that it
  /// has ended.
  private final class Outcome<T: Sendable>: Sendable {
    let result = Mutex<Result<T, any Error>>(.failure(CancellationError()))
    let finished = DispatchSemaphore(value: 0)
  }
}
