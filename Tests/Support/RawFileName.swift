#if canImport(Glibc)
  import Glibc
  private let cWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let cWrite = Darwin.write
#endif

/// Files whose names are raw bytes (not UTF-8), made through the C library: Foundation's
/// paths are Swift strings, which cannot hold such a name.
public enum RawFileName {
  /// Why a file could not be written.
  public struct WriteError: Error, CustomStringConvertible {
    public let description: String
  }

  /// Creates `folder/<path bytes>` holding `content`, with the folders the path names
  /// (separated by `/`) created as needed.
  public static func writeCreatingFolders(_ folder: String, _ path: [UInt8], _ content: [UInt8]) throws {
    let slash = UInt8(ascii: "/")
    var parent = Array(folder.utf8)
    let components = path.split(separator: slash, omittingEmptySubsequences: false)
    for component in components.dropLast() {
      parent += [slash] + component
      let made = (parent + [0]).withUnsafeBufferPointer { p in
        p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { mkdir($0, 0o755) }
      }
      guard made == 0 || errno == EEXIST else {
        throw WriteError(
          description: "cannot create folder \(String(decoding: parent, as: UTF8.self)): errno \(errno)")
      }
    }
    try writeRaw(
      parent, Array(components.last ?? []), content, shown: String(decoding: parent, as: UTF8.self))
  }

  /// Creates `folder/<name bytes>` holding `content`.
  public static func write(_ folder: String, _ name: [UInt8], _ content: [UInt8]) throws {
    try writeRaw(Array(folder.utf8), name, content, shown: folder)
  }

  private static func writeRaw(_ folder: [UInt8], _ name: [UInt8], _ content: [UInt8], shown: String) throws {
    let path = folder + [UInt8(ascii: "/")] + name + [0]
    let fd = path.withUnsafeBufferPointer { p in
      p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
        open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      }
    }
    guard fd >= 0 else { throw WriteError(description: "cannot create \(shown)/\(name): errno \(errno)") }
    defer { close(fd) }
    let written = content.withUnsafeBytes { cWrite(fd, $0.baseAddress, $0.count) }
    guard written == content.count else {
      throw WriteError(description: "short write to \(shown)/\(name): \(written) of \(content.count) bytes")
    }
  }
}
