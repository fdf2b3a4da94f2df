import Foundation
import Testing

@testable import GoLib

/// `ReadOnlyBytes`: a mapped file reads as the file's bytes (empty included), a missing file
/// or a folder is refused, and an array's copy reads as the array.
@Suite struct ReadOnlyBytesTests {
  @Test func aMappedFileReadsAsItsBytes() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readonlybytes-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let bytes = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    let file = folder.appendingPathComponent("data.bin")
    try Data(bytes).write(to: file)
    let mapped = try #require(ReadOnlyBytes(mappingFileAt: file.path))
    #expect(Array(mapped.buffer) == bytes)
    let empty = folder.appendingPathComponent("empty")
    try Data().write(to: empty)
    #expect(try #require(ReadOnlyBytes(mappingFileAt: empty.path)).buffer.isEmpty)
    #expect(ReadOnlyBytes(mappingFileAt: folder.appendingPathComponent("missing").path) == nil)
    #expect(ReadOnlyBytes(mappingFileAt: folder.path) == nil)
  }

  @Test func anArrayIsCopied() {
    let copy = ReadOnlyBytes([1, 2, 3])
    #expect(Array(copy.buffer) == [1, 2, 3])
    #expect(ReadOnlyBytes([]).buffer.isEmpty)
  }
}
