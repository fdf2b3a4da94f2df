import Foundation
import GoLib
import Testing

/// `GoReadFile.read` returns every byte of a regular file whatever its size (the size from
/// `stat` sizes the first buffer; a file at, under and over a buffer's size is read whole), of
/// a file that is not regular (`/proc` files report a size of zero), and fails as Go words it.
struct GoReadFileTests {
  @Test(arguments: [0, 1, 511, 512, 513, 65_536, 65_537, 200_001])
  func readsEveryByteOfARegularFile(size: Int) throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "go-read-file-\(getpid())-\(size)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    #expect(try GoReadFile.read(path) == bytes)
  }

  @Test func readsAFileWhoseSizeIsNotKnown() throws {
    // /proc/self/status: a size of 0 from stat, content on read
    let text = String(decoding: try GoReadFile.read("/proc/self/status"), as: UTF8.self)
    #expect(text.hasPrefix("Name:"))
    #expect(text.contains("\nPid:"))
  }

  @Test func failsAsGoWordsIt() {
    #expect(throws: GoPathError(op: "open", path: "/nonexistent/x", errno: ENOENT)) {
      try GoReadFile.read("/nonexistent/x")
    }
    #expect(throws: GoPathError(op: "read", path: "/tmp", errno: EISDIR)) { try GoReadFile.read("/tmp") }
  }
}
