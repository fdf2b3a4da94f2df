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

  /// Creates `folder/<name bytes>` holding `content`.
  public static func write(_ folder: String, _ name: [UInt8], _ content: [UInt8]) throws {
    let path = Array(folder.utf8) + [UInt8(ascii: "/")] + name + [0]
    let fd = path.withUnsafeBufferPointer { p in
      p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
        open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      }
    }
    guard fd >= 0 else { throw WriteError(description: "cannot create \(folder)/\(name): errno \(errno)") }
    defer { close(fd) }
    let written = content.withUnsafeBytes { cWrite(fd, $0.baseAddress, $0.count) }
    guard written == content.count else {
      throw WriteError(description: "short write to \(folder)/\(name): \(written) of \(content.count) bytes")
    }
  }
}
