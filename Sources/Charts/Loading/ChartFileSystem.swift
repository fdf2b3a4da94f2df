import GoLib
import Values

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The file-system calls of the chart directory loader, on paths as bytes: a file name need
/// not be UTF-8 (Go's file names are bytes, and Helm loads such files). Names reach the chart
/// as Go strings (`GoByteString`: bytes that are not UTF-8 carried losslessly).
enum ChartFileSystem {
  #if canImport(Darwin)
    typealias DirectoryStream = UnsafeMutablePointer<DIR>
  #else
    typealias DirectoryStream = OpaquePointer
  #endif

  /// An open directory, whose entries are asked about relative to it (`fstatat`, `openat`):
  /// the system then looks up one name per call, not every component of the whole path.
  struct OpenDirectory: ~Copyable {
    private let stream: DirectoryStream

    init(_ path: [UInt8]) throws(GoPathError) {
      guard let stream = withCPath(path, { opendir($0) }) else {
        throw GoPathError(op: "open", path: GoByteString.fromBytes(path), errno: errno)
      }
      self.stream = stream
    }

    deinit { closedir(stream) }

    /// The directory's file descriptor, for `GoReadFile.read(_:in:size:path:)`.
    var descriptor: Int32 { dirfd(stream) }

    /// The entry names (without `.` and `..`), in the order the system lists them.
    func entries() -> [[UInt8]] {
      var names: [[UInt8]] = []
      while let entry = readdir(stream) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
        if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
        names.append(name)
      }
      return names
    }

    /// The `lstat` of entry `name` (a final symlink not followed); nil when the call fails.
    func linkStatus(of name: [UInt8]) -> stat? {
      var info = stat()
      let result = withCPath(name) { fstatat(descriptor, $0, &info, AT_SYMLINK_NOFOLLOW) }
      return result == 0 ? info : nil
    }
  }

  /// `lstat` (without following a final symlink) or `stat`; nil when the call fails.
  static func status(of path: [UInt8], followingLinks: Bool) -> stat? {
    var info = stat()
    let result = withCPath(path) { followingLinks ? stat($0, &info) : lstat($0, &info) }
    return result == 0 ? info : nil
  }

  /// The canonical absolute path (`realpath`), or nil when some component does not resolve.
  static func realPath(_ path: [UInt8]) -> [UInt8]? {
    guard let resolved = withCPath(path, { realpath($0, nil) }) else { return nil }
    defer { free(resolved) }
    return Array(
      UnsafeBufferPointer(
        start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self), count: strlen(resolved)))
  }

  /// The target a symlink holds (`readlink`), or nil.
  static func linkTarget(_ path: [UInt8]) -> [UInt8]? {
    var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = withCPath(path) { p in
      buffer.withUnsafeMutableBufferPointer {
        readlink(
          p, UnsafeMutableRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), $0.count - 1)
      }
    }
    return count < 0 ? nil : Array(buffer.prefix(count))
  }

  fileprivate static func withCPath<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
    (path + [0]).withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0) }
    }
  }
}
