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
  /// The entry names of a directory (without `.` and `..`).
  static func entries(of directory: [UInt8]) throws(GoPathError) -> [[UInt8]] {
    guard let dir = withCPath(directory, { opendir($0) }) else {
      throw GoPathError(op: "open", path: GoByteString.fromBytes(directory), errno: errno)
    }
    defer { closedir(dir) }
    var names: [[UInt8]] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
      if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
      names.append(name)
    }
    return names
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

  private static func withCPath<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
    (path + [0]).withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0) }
    }
  }
}
