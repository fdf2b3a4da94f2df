#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The calling thread's stack: its lowest usable address and its size, kept per thread
/// (asked of the system once per thread; a `LargeStack` worker records its own).
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
    var probe: UInt8 = 0
    let here = withUnsafeMutablePointer(to: &probe) { UInt(bitPattern: $0) }
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
