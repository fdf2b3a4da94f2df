import CStackPointer

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The calling thread's stack, as Go's runtime checks it before each call: recursion that
/// follows untrusted input (nested YAML, nested templates) asks `GoStack.hasRoom()` and stops
/// with an error instead of overflowing a thread stack that is smaller than Go's 1 GiB (the
/// system may refuse `LargeStack` its full size; a plain thread has megabytes).
public enum GoStack {
  /// Whether the calling thread has stack left for one more level of deep recursion:
  /// false once less than a margin (1/16 of the stack, between 1 and 16 MiB) remains.
  public static func hasRoom() -> Bool {
    let bounds = StackBounds.current
    guard bounds.size > 0 else { return true }
    let here = UInt(chartc_frame_address())
    guard here > bounds.low else { return false }
    let margin = UInt(min(max(bounds.size / 16, 1 << 20), 16 << 20))
    return here - bounds.low > margin
  }

  /// The calling thread's stack size in bytes (0 when the system does not say).
  public static var currentSize: Int { StackBounds.current.size }

  /// Records the calling thread's stack (a thread started with `size` bytes of stack, in
  /// its first frame), for threads whose stack the system cannot report.
  public static func record(size: Int) { StackBounds.record(size: size) }
}

/// A thread's stack: its lowest usable address and its size, kept per thread (asked of the
/// system once per thread).
struct StackBounds {
  let low: UInt
  let size: Int

  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { pointer in
      pointer.map { UnsafeMutablePointer<StackBounds>(OpaquePointer($0)).deallocate() }
    }
    return key
  }()

  /// The bounds of the calling thread (size 0 when unknown).
  static var current: StackBounds {
    if let stored = pthread_getspecific(key) {
      return stored.assumingMemoryBound(to: StackBounds.self).pointee
    }
    let bounds = systemBounds()
    store(bounds)
    return bounds
  }

  /// Records the calling thread's bounds from the size it was created with, measured from
  /// the current frame (the thread's first).
  static func record(size: Int) {
    let here = UInt(chartc_frame_address())
    let system = systemBounds()
    store(system.size > 0 ? system : StackBounds(low: here &- UInt(size) &+ 65_536, size: size))
  }

  private static func store(_ bounds: StackBounds) {
    let pointer = UnsafeMutablePointer<StackBounds>.allocate(capacity: 1)
    pointer.initialize(to: bounds)
    if let old = pthread_getspecific(key) { old.assumingMemoryBound(to: StackBounds.self).deallocate() }
    pthread_setspecific(key, pointer)
  }

  private static func systemBounds() -> StackBounds {
    #if os(Linux)
      var attributes = pthread_attr_t()
      guard threadAttributes(pthread_self(), &attributes) == 0 else { return StackBounds(low: 0, size: 0) }
      defer { pthread_attr_destroy(&attributes) }
      var address: UnsafeMutableRawPointer?
      var size = 0
      guard pthread_attr_getstack(&attributes, &address, &size) == 0, let address else {
        return StackBounds(low: 0, size: 0)
      }
      return StackBounds(low: UInt(bitPattern: address), size: size)
    #else
      let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
      let size = pthread_get_stacksize_np(pthread_self())
      return StackBounds(low: top - UInt(size), size: size)
    #endif
  }
}

#if os(Linux)
  /// glibc's `pthread_getattr_np` (a GNU extension the Glibc module does not import).
  @_silgen_name("pthread_getattr_np")
  private func threadAttributes(_ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>)
    -> Int32
#endif
