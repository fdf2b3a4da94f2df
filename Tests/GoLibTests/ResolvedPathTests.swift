import Foundation
import GoLib
import Testing

/// `ResolvedPath` gives what Foundation's URL standardizing and symlink resolution give for
/// paths that exist — relative and absolute, with `.` and `..`, through symbolic links
/// (also a link followed by `..`, which is removed as written first) — and nil for a path
/// that does not exist.
struct ResolvedPathTests {
  @Test func resolvesAsFoundationDoes() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("resolved-path-\(getpid())")
    defer { try? FileManager.default.removeItem(at: base) }
    let fm = FileManager.default
    try fm.createDirectory(at: base.appendingPathComponent("a/b/c"), withIntermediateDirectories: true)
    try fm.createDirectory(at: base.appendingPathComponent("d/e"), withIntermediateDirectories: true)
    try fm.createSymbolicLink(
      atPath: base.appendingPathComponent("a/link").path,
      withDestinationPath: base.appendingPathComponent("d/e").path)
    try fm.createSymbolicLink(atPath: base.appendingPathComponent("rel").path, withDestinationPath: "a/b")
    let root = base.path
    let paths = [
      root, root + "/a/b/c", root + "/a/./b/../b/c/", root + "/a/link", root + "/a/link/../b",
      root + "/rel/c",
      root + "//a///b", "/", ".", "..",
    ]
    for path in paths {
      let foundation = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
      #expect(ResolvedPath.resolve(path) == foundation, "\(path)")
    }
    #expect(ResolvedPath.resolve(root + "/missing") == nil)
    #expect(ResolvedPath.resolve("") == nil)
  }
}
