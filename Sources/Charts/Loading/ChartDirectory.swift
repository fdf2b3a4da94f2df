import Foundation
import GoLib
import Values

/// Reads a chart directory into files as Helm's directory loader does: a recursive walk in
/// bytewise name order, symlinks followed, `.helmignore` applied, irregular files refused,
/// a per-file size limit and leading byte-order marks removed. Unlike Helm, a symlink whose
/// target lies outside the chart is refused, so a chart can never read files beyond itself.
public enum ChartDirectory {
  /// Decides whether a chart-relative path (directory or file) is ignored.
  public typealias IgnoreRule = @Sendable (_ path: String, _ isDirectory: Bool) -> Bool

  public static func read(
    _ directory: String, limits: ChartLoadLimits = ChartLoadLimits(), ignore: IgnoreRule = { _, _ in false }
  ) throws -> [ChartFile] {
    let root =
      ResolvedPath.resolve(directory)
      ?? URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath().path
    let rootBytes = GoByteString.bytes(root)
    var files: [ChartFile] = []
    try walk(
      root: rootBytes, relative: [], limits: limits, ignore: ignore, files: &files, depth: 0,
      open: [rootBytes])
    return files
  }

  private static let slash = UInt8(ascii: "/")

  /// Walks one folder; paths are bytes (file names need not be UTF-8) and become Go strings
  /// (`GoByteString`) only as chart file names and in messages.
  private static func walk(
    root: [UInt8], relative: [UInt8], limits: ChartLoadLimits, ignore: IgnoreRule, files: inout [ChartFile],
    depth: Int,
    open: [[UInt8]]
  ) throws {
    let relativeName = GoByteString.fromBytes(relative)
    if depth > 64 { throw ChartLoadError("chart directory nesting deeper than 64 levels at \(relativeName)") }
    let dirPath = relative.isEmpty ? root : root + [slash] + relative
    let directory: ChartFileSystem.OpenDirectory
    do throws(GoPathError) {
      directory = try ChartFileSystem.OpenDirectory(dirPath)
    } catch {
      throw ChartLoadError("error reading \(relative.isEmpty ? "." : relativeName): \(error.reason)")
    }
    for name in directory.entries().sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      let relBytes = relative.isEmpty ? name : relative + [slash] + name
      let rel = GoByteString.fromBytes(relBytes)
      let fullBytes = root + [slash] + relBytes
      let full = GoByteString.fromBytes(fullBytes)
      guard var info = directory.linkStatus(of: name) else {
        throw ChartLoadError("error reading \(rel): no such file or directory")
      }
      var linkTarget: [UInt8]?
      if info.st_mode & S_IFMT == S_IFLNK {
        guard let resolved = ChartFileSystem.realPath(fullBytes) else {
          // Go's filepath.EvalSymlinks on a dangling link (or a loop of links).
          let destination = ChartFileSystem.linkTarget(fullBytes).map(GoByteString.fromBytes) ?? ""
          let absolute =
            destination.hasPrefix("/")
            ? destination : ((full as NSString).deletingLastPathComponent + "/" + destination)
          throw ChartLoadError(
            "error evaluating symlink \(full): lstat \(PathUtilities.clean(absolute)): no such file or directory"
          )
        }
        if resolved != root && !resolved.starts(with: root + [slash]) {
          throw ChartLoadError("symlink \(rel) points outside the chart: \(GoByteString.fromBytes(resolved))")
        }
        guard let followed = ChartFileSystem.status(of: fullBytes, followingLinks: true) else {
          throw ChartLoadError("error reading \(rel): no such file or directory")
        }
        linkTarget = resolved
        info = followed
      }
      if info.st_mode & S_IFMT == S_IFDIR {
        if ignore(rel, true) { continue }
        // Its canonical path: a symlink's resolved target, else its folder's (the last of
        // `open`, canonical from the root on) and its name.
        let real = linkTarget ?? (open.last ?? root) + [slash] + name
        if open.contains(real) {
          throw ChartLoadError(
            "symlink \(rel) points to \(GoByteString.fromBytes(real)), a folder that contains it: the chart would never end"
          )
        }
        try walk(
          root: root, relative: relBytes, limits: limits, ignore: ignore, files: &files, depth: depth + 1,
          open: open + [real])
        continue
      }
      if ignore(rel, false) { continue }
      if info.st_mode & S_IFMT != S_IFREG {
        throw ChartLoadError("cannot load irregular file \(full) as it has file mode type bits set")
      }
      if Int(info.st_size) > limits.maxFileSize {
        throw ChartLoadError(
          "chart file \"\(GoByteString.fromBytes(name))\" is larger than the maximum file size \(limits.maxFileSize)"
        )
      }
      let data: [UInt8]
      do {
        data = try GoReadFile.read(name, in: directory.descriptor, size: Int(info.st_size), path: full)
      } catch {
        throw ChartLoadError("error reading \(rel)")
      }
      files.append(ChartFile(name: rel, data: stripBOM(data)))
    }
  }
}
