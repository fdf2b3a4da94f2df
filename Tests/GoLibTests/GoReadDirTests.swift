import Foundation
import GoLib
import Testing

/// `GoReadDir.names`: every entry of a folder but `.` and `..`, files and folders alike, in
/// bytewise order (upper case before lower, as Go sorts); a missing folder fails as Go
/// words it.
struct GoReadDirTests {
  @Test func listsEveryEntryInBytewiseOrder() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("go-read-dir-\(getpid())").path
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
    for name in ["b.json", "a.json", "B.txt", ".hidden", "é.yaml"] {
      #expect(FileManager.default.createFile(atPath: root + "/" + name, contents: Data()))
    }
    #expect(try GoReadDir.names(root) == [".hidden", "B.txt", "a.json", "b.json", "sub", "é.yaml"])
  }

  @Test func anEmptyFolderHasNoNames() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("go-read-dir-empty-\(getpid())")
      .path
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    #expect(try GoReadDir.names(root).isEmpty)
  }

  @Test func aMissingFolderFailsAsGoWordsIt() {
    #expect(throws: GoPathError(op: "open", path: "/nonexistent/dir", errno: ENOENT)) {
      try GoReadDir.names("/nonexistent/dir")
    }
  }
}
