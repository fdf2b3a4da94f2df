import Foundation

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
    let root = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath().path
    var files: [ChartFile] = []
    try walk(root: root, relative: "", limits: limits, ignore: ignore, files: &files, depth: 0, open: [root])
    return files
  }

  private static func walk(
    root: String, relative: String, limits: ChartLoadLimits, ignore: IgnoreRule, files: inout [ChartFile],
    depth: Int,
    open: [String]
  ) throws {
    if depth > 64 { throw ChartLoadError("chart directory nesting deeper than 64 levels at \(relative)") }
    let fm = FileManager.default
    let dirPath = relative.isEmpty ? root : root + "/" + relative
    let names: [String]
    do {
      names = try fm.contentsOfDirectory(atPath: dirPath)
    } catch {
      throw ChartLoadError(
        "error reading \(relative.isEmpty ? "." : relative): \(error.localizedDescription)")
    }
    for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      let rel = relative.isEmpty ? name : relative + "/" + name
      let full = root + "/" + rel
      // lstat/stat directly: Foundation's attributesOfItem also looks up owner names.
      var link = stat()
      var target = full
      if lstat(full, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
        var probe = stat()
        if stat(full, &probe) != 0 {
          // Go's filepath.EvalSymlinks on a dangling link (or a loop of links).
          let destination = (try? fm.destinationOfSymbolicLink(atPath: full)) ?? ""
          let absolute =
            destination.hasPrefix("/")
            ? destination : ((full as NSString).deletingLastPathComponent + "/" + destination)
          throw ChartLoadError(
            "error evaluating symlink \(full): lstat \(PathUtilities.clean(absolute)): no such file or directory"
          )
        }
        target = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
        if target != root && !target.hasPrefix(root + "/") {
          throw ChartLoadError("symlink \(rel) points outside the chart: \(target)")
        }
      }
      var info = stat()
      guard stat(full, &info) == 0 else {
        throw ChartLoadError("error reading \(rel): no such file or directory")
      }
      if info.st_mode & S_IFMT == S_IFDIR {
        if ignore(rel, true) { continue }
        let real = target == full ? URL(fileURLWithPath: full).resolvingSymlinksInPath().path : target
        if open.contains(real) {
          throw ChartLoadError(
            "symlink \(rel) points to \(real), a folder that contains it: the chart would never end")
        }
        try walk(
          root: root, relative: rel, limits: limits, ignore: ignore, files: &files, depth: depth + 1,
          open: open + [real])
        continue
      }
      if ignore(rel, false) { continue }
      if info.st_mode & S_IFMT != S_IFREG {
        throw ChartLoadError("cannot load irregular file \(full) as it has file mode type bits set")
      }
      if Int(info.st_size) > limits.maxFileSize {
        throw ChartLoadError(
          "chart file \"\(name)\" is larger than the maximum file size \(limits.maxFileSize)")
      }
      guard let data = fm.contents(atPath: full) else { throw ChartLoadError("error reading \(rel)") }
      files.append(ChartFile(name: rel, data: stripBOM([UInt8](data))))
    }
  }
}
