import GoLib

#if canImport(Glibc)
  import Glibc
  private let RLIMIT_AS_RESOURCE = __rlimit_resource_t(RLIMIT_AS.rawValue)
#elseif canImport(Musl)
  import Musl
  private let RLIMIT_AS_RESOURCE = RLIMIT_AS
#elseif canImport(Darwin)
  import Darwin
  private let RLIMIT_AS_RESOURCE = RLIMIT_AS
#endif

/// Runs deep recursive work on a thread with a large stack (1 GiB by default: Go's own
/// goroutine stack ceiling), so that Helm's depth bounds, not the stack, limit recursion
/// (templates, deep `--set` indexes, nested values). The memory is reserved, not committed.
/// The threads are kept and reused: starting a thread and faulting in fresh stack pages for
/// every template cost more than running it. The one large-stack policy of chartc.
///
/// Where the system refuses such a stack (an address-space limit such as `ulimit -v`,
/// strict overcommit, a thread limit), smaller stacks are tried in turn, and when no thread
/// can be had at all the work runs on the calling thread. Recursion that could outgrow a
/// smaller stack asks `LargeStack.hasRoom()` and fails with a clear error instead; nothing
/// ever waits for a thread that was not started.
public enum LargeStack {
  /// Go's goroutine stack ceiling.
  public static let defaultSize = 1 << 30

  /// The stack sizes tried, largest first, for a request of `stackSize` bytes: under an
  /// address-space limit (`ulimit -v`) a stack takes at most an eighth of it, leaving the
  /// rest to the heap; each refusal divides the size by four, down to `minimumSize`.
  static func fallbackSizes(for stackSize: Int) -> [Int] {
    var first = stackSize
    if let limit = addressSpaceLimit { first = min(first, max(limit / 8, minimumSize)) }
    var sizes = [first]
    var size = first / 4
    while size >= minimumSize {
      sizes.append(size)
      size /= 4
    }
    return sizes
  }

  /// The process's address-space limit (`RLIMIT_AS`), nil when unlimited.
  static let addressSpaceLimit: Int? = {
    var limit = rlimit()
    guard getrlimit(RLIMIT_AS_RESOURCE, &limit) == 0, limit.rlim_cur != rlim_t.max else { return nil }
    return Int(clamping: limit.rlim_cur)
  }()

  /// The smallest worker stack tried before running on the calling thread.
  static let minimumSize = 16 << 20

  /// Runs `body` on a thread with a stack of `stackSize` bytes (or the largest the system
  /// grants); on the calling thread when its own stack is already that large (work nested in
  /// a large-stack job: a hand-over to another thread would only cost a thread, its stack
  /// pages and its allocator arena).
  public static func run<T>(stackSize: Int = defaultSize, _ body: @escaping () throws -> T) throws -> T {
    let sizes = fallbackSizes(for: stackSize)
    if GoStack.currentSize >= sizes[0] { return try body() }
    guard let worker = LargeStackWorker.checkout(sizes: sizes) else {
      return try body()
    }
    defer { LargeStackWorker.checkin(worker) }
    return try worker.run(body)
  }

  /// Whether the calling thread has stack left for one more level of deep recursion
  /// (`GoStack.hasRoom()`).
  public static func hasRoom() -> Bool { GoStack.hasRoom() }

  /// The calling thread's stack size in bytes (0 when the system does not say).
  public static var currentStackSize: Int { GoStack.currentSize }
}
