import Synchronization
import Testing

@testable import Template

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `LargeStack.map`: every job runs once, on a large stack, at most `width` threads at a
/// time, each thread taking many jobs; results come back in index order; the first error
/// stops the jobs not yet started.
@Suite struct LargeStackMapTests {
  struct Refusal: Error, Equatable { let index: Int }

  /// What the jobs saw: the threads they ran on and the stack sizes they had.
  final class Seen: Sendable {
    let threads = Mutex<[UInt: Int]>([:])
    let smallestStack = Mutex(Int.max)
    let ran = Mutex(0)

    func record() {
      let thread = UInt(bitPattern: Int(bitPattern: pthread_self()))
      threads.withLock { $0[thread, default: 0] += 1 }
      smallestStack.withLock { $0 = min($0, LargeStack.currentStackSize) }
      ran.withLock { $0 += 1 }
    }
  }

  @Test(arguments: [1, 2, 3]) func everyJobRunsOnceInOrderOnFewThreads(width: Int) async throws {
    let seen = Seen()
    let results = try await LargeStack.map(count: 200, width: width) { i -> Int in
      seen.record()
      return i * i
    }
    #expect(results == (0..<200).map { $0 * $0 })
    #expect(seen.ran.withLock { $0 } == 200)
    let threads = seen.threads.withLock { $0 }
    #expect(threads.count <= width)
    #expect(threads.values.reduce(0, +) == 200)
    #expect(seen.smallestStack.withLock { $0 } >= LargeStack.fallbackSizes(for: LargeStack.defaultSize).last!)
  }

  @Test func noJobsGiveNoResults() async throws {
    let results = try await LargeStack.map(count: 0, width: 2) { $0 }
    #expect(results.isEmpty)
  }

  @Test func theFirstErrorStopsTheJobsNotYetStarted() async throws {
    let seen = Seen()
    await #expect(throws: Refusal(index: 3)) {
      _ = try await LargeStack.map(count: 1_000, width: 2) { i -> Int in
        seen.record()
        if i == 3 { throw Refusal(index: 3) }
        usleep(1_000)  // the other thread's jobs take long enough for the failure to be seen
        return i
      }
    }
    // the other thread stops taking jobs once it sees the failure (it may finish a few)
    #expect(seen.ran.withLock { $0 } < 1_000)
  }
}
