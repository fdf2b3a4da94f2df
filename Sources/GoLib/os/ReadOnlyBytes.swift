#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bytes that stay at one address, unchanged, for the life of this object: a file mapped
/// read-only, or a copy of an array.
///
/// A mapped file costs nothing until it is read: its pages come from the page cache when
/// first touched, a fault for many pages at a time, and are never copied. Reading the bundled
/// 600 KB Kubernetes definitions into an array instead made 300 page faults and two copies in
/// every `render --validate`, of which a render reads a few dozen definitions. The file is
/// expected to stay as it is while mapped (chartc's bundled schemas).
public final class ReadOnlyBytes: @unchecked Sendable {  // reason: the bytes are never written after init
  public let buffer: UnsafeBufferPointer<UInt8>
  private let mapped: Bool

  /// A copy of `bytes`.
  public init(_ bytes: [UInt8]) {
    let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
    _ = copy.initialize(from: bytes)
    buffer = UnsafeBufferPointer(copy)
    mapped = false
  }

  /// The file at `path` mapped read-only; nil when it cannot be opened or mapped.
  public init?(mappingFileAt path: String) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var status = stat()
    guard fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
    let length = Int(status.st_size)
    if length == 0 {
      buffer = UnsafeBufferPointer(start: nil, count: 0)
      mapped = false
      return
    }
    guard let base = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
    buffer = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: length)
    mapped = true
  }

  deinit {
    guard let base = buffer.baseAddress else { return }
    if mapped {
      munmap(UnsafeMutableRawPointer(mutating: base), buffer.count)
    } else {
      UnsafeMutablePointer(mutating: base).deallocate()
    }
  }
}
