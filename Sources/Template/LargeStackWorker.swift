import Foundation
import GoLib

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One kept thread with a large stack, running one job at a time for `LargeStack`. The
/// thread is started with `pthread_create`, whose failure is seen (Foundation's `Thread`
/// would leave a caller waiting for a thread that never ran).
final class LargeStackWorker: @unchecked Sendable {  // reason: `job` passes between threads only through the two semaphores
  private static let lock = NSLock()
  nonisolated(unsafe) private static var idle: [LargeStackWorker] = []

  /// An idle worker whose stack is at least the first of `sizes`, or a new one with the
  /// first size the system grants; nil when no thread can be started at all.
  static func checkout(sizes: [Int]) -> LargeStackWorker? {
    guard let wanted = sizes.first else { return nil }
    let reused: LargeStackWorker? = lock.withLock {
      guard let i = idle.lastIndex(where: { $0.stackSize >= wanted }) else { return nil }
      return idle.remove(at: i)
    }
    if let reused { return reused }
    for size in sizes {
      if let worker = LargeStackWorker(stackSize: size) { return worker }
    }
    // No thread of any size: an idle smaller one still beats the calling thread.
    return lock.withLock {
      guard let i = idle.indices.max(by: { idle[$0].stackSize < idle[$1].stackSize }) else { return nil }
      return idle.remove(at: i)
    }
  }

  static func checkin(_ worker: LargeStackWorker) {
    lock.withLock { idle.append(worker) }
  }

  let stackSize: Int
  private let start = DispatchSemaphore(value: 0)
  private let done = DispatchSemaphore(value: 0)
  private var job: (() -> Void)?

  /// Starts the thread; nil when the system refuses a thread with that stack.
  private init?(stackSize: Int) {
    self.stackSize = stackSize
    var attributes = pthread_attr_t()
    guard pthread_attr_init(&attributes) == 0 else { return nil }
    defer { pthread_attr_destroy(&attributes) }
    guard pthread_attr_setstacksize(&attributes, stackSize) == 0,
      pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED)) == 0
    else { return nil }
    let context = Unmanaged.passRetained(self)
    var thread = pthread_t()
    let status = pthread_create(&thread, &attributes, largeStackWorkerMain, context.toOpaque())
    guard status == 0 else {
      context.release()
      return nil
    }
  }

  /// The thread's loop: one job per `start` signal, forever (workers are kept).
  fileprivate func serve() {
    GoStack.record(size: stackSize)
    HeapHugePages.adviseCallingThread()
    while true {
      start.wait()
      job?()
      job = nil
      done.signal()
    }
  }

  func run<T>(_ body: @escaping () throws -> T) throws -> T {
    var result: Result<T, any Error>?
    job = { result = Result { try body() } }
    start.signal()
    done.wait()
    return try result!.get()
  }
}

private func largeStackWorkerMain(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
  guard let context else { return nil }
  Unmanaged<LargeStackWorker>.fromOpaque(context).takeRetainedValue().serve()
  return nil
}
