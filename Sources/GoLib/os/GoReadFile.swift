import Values

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Go's `os.ReadFile`: opens the path and reads until end of file, whatever kind of file it
/// is (a regular file, a pipe such as `/dev/stdin` or `<(...)`, a FIFO, a character device).
/// As Go does, a regular file's size from `stat` only sizes the first buffer (read straight
/// into the result); the end is where `read` says it is. Errors are worded as Go's `*PathError`:
/// `open values.yaml: no such file or directory`, `read charts: is a directory`.
public enum GoReadFile {
  /// The bytes of the file at `path`, a Go string: bytes of the name that are not UTF-8 are
  /// carried as `GoByteString` does, and passed to the system as the bytes they stand for.
  public static func read(_ path: String) throws(GoPathError) -> [UInt8] {
    let fd = try open(GoByteString.bytes(path), in: AT_FDCWD, path: path)
    defer { close(fd) }
    return try read(open: fd, path: path, size: regularFileSize(fd))
  }

  /// The bytes of `name` in the open directory `directory` (`openat`), read as `read(_:)`
  /// reads a file; `size` is the file's size from a `stat` the caller already made (it only
  /// sizes the first buffer). `path` names the file in errors.
  public static func read(
    _ name: [UInt8], in directory: Int32, size: Int?, path: String
  ) throws(GoPathError) -> [UInt8] {
    let fd = try open(name, in: directory, path: path)
    defer { close(fd) }
    return try read(open: fd, path: path, size: size)
  }

  /// `openat(directory, name)` for reading (`AT_FDCWD`: a path as `open` takes it).
  private static func open(_ name: [UInt8], in directory: Int32, path: String) throws(GoPathError) -> Int32 {
    let fd = (name + [0]).withUnsafeBufferPointer { c in
      retryingInterrupts { () -> Int32 in
        c.baseAddress!.withMemoryRebound(to: CChar.self, capacity: c.count) {
          openat(directory, $0, O_RDONLY | O_CLOEXEC)
        }
      }
    }
    guard fd >= 0 else { throw GoPathError(op: "open", path: path, errno: errno) }
    return fd
  }

  /// Reads the open `fd` to its end; `size`, when known, sizes the first buffer.
  private static func read(open fd: Int32, path: String, size: Int?) throws(GoPathError) -> [UInt8] {
    // one byte more than the size: a file that grew since is read on below
    let capacity = size.map { $0 + 1 } ?? 512
    var failure: Int32?
    var atEnd = false
    var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
      count = 0
      while count < capacity {
        let got = retryingInterrupts { systemRead(fd, buffer.baseAddress! + count, capacity - count) }
        if got < 0 { failure = errno }
        if got <= 0 {
          atEnd = true
          return
        }
        count += got
      }
    }
    if let failure { throw GoPathError(op: "read", path: path, errno: failure) }
    if atEnd { return bytes }
    let chunk = 1 << 16
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk)
    defer { buffer.deallocate() }
    while true {
      let got = retryingInterrupts { systemRead(fd, buffer, chunk) }
      guard got >= 0 else { throw GoPathError(op: "read", path: path, errno: errno) }
      if got == 0 { return bytes }
      bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: got))
    }
  }

  /// The size of the open regular file `fd`; nil for any other kind of file.
  private static func regularFileSize(_ fd: Int32) -> Int? {
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    return Int(info.st_size)
  }

  private static func retryingInterrupts<T: BinaryInteger>(_ call: () -> T) -> T {
    while true {
      let result = call()
      if result >= 0 || errno != EINTR { return result }
    }
  }
}

/// Go's `*fs.PathError`: `<op> <path>: <errno text>`, the errno text as Go's `syscall.Errno`
/// prints it (the C library's message with a lower-case first letter).
public struct GoPathError: Error, Sendable, Equatable, CustomStringConvertible {
  public let op: String
  public let path: String
  public let errno: Int32

  public init(op: String, path: String, errno: Int32) {
    self.op = op
    self.path = path
    self.errno = errno
  }

  /// Go's text of the errno alone (`no such file or directory`).
  public var reason: String {
    guard let c = strerror(errno) else { return "errno \(errno)" }
    let text = String(cString: c)
    guard let first = text.first else { return text }
    // Go's table keeps acronyms as they are ("RPC struct is bad"); lower only a capitalised word.
    let second = text.dropFirst().first
    if let second, second.isUppercase { return text }
    return first.lowercased() + text.dropFirst()
  }

  /// Whether the path does not exist (`os.IsNotExist`).
  public var isNotExist: Bool { errno == ENOENT }

  public var description: String { "\(op) \(path): \(reason)" }
}

/// The C library's `read`, named apart from `GoReadFile.read`.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
  read(fd, buffer, count)
}
