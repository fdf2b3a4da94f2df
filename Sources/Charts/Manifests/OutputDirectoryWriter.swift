import Foundation
import Values

/// Writes `--output-dir` files only after the whole render succeeded, creating folders as
/// needed; each file is written in full (temporary file, then rename), so a failure never
/// leaves a half-written manifest behind. Failures are worded as Go's `os` errors, as a
/// render-stage error (Helm adds its `--debug` hint to them).
public enum OutputDirectoryWriter {
  public static func write(_ writes: [ManifestFileWrite]) throws(RenderError) {
    var contents: [String: String] = [:]
    var order: [String] = []
    for write in writes {
      if contents[write.path] == nil {
        order.append(write.path)
        let existing =
          write.append ? ((try? String(contentsOfFile: write.path, encoding: .utf8)) ?? "") : ""
        contents[write.path] = existing
      }
      contents[write.path, default: ""] += write.content
    }
    for path in order {
      try ensureDirectory(forFile: path)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        throw failure("open \(path): is a directory")
      }
      do {
        try Data(GoByteString.bytes(contents[path]!)).write(to: URL(fileURLWithPath: path), options: .atomic)
      } catch {
        throw failure("open \(path): permission denied")
      }
    }
  }

  private static func failure(_ message: String) -> RenderError {
    RenderError(message, isRenderStage: true)
  }

  /// Helm's `ensureDirectoryForFile`: stat the folder (any error but "not found" is
  /// reported), then create it and its parents (`os.MkdirAll`'s errors).
  private static func ensureDirectory(forFile path: String) throws(RenderError) {
    let folder = (path as NSString).deletingLastPathComponent
    guard !folder.isEmpty else { return }
    var info = stat()
    if stat(folder, &info) != 0 {
      let code = errno
      if code != ENOENT { throw failure("stat \(folder): \(goErrorText(code))") }
    }
    try makeDirectories(folder)
  }

  private static func makeDirectories(_ folder: String) throws(RenderError) {
    var info = stat()
    if stat(folder, &info) == 0 {
      if info.st_mode & S_IFMT == S_IFDIR { return }
      throw failure("mkdir \(folder): not a directory")
    }
    let parent = (folder as NSString).deletingLastPathComponent
    if !parent.isEmpty && parent != folder { try makeDirectories(parent) }
    if mkdir(folder, 0o755) != 0 && errno != EEXIST {
      throw failure("mkdir \(folder): \(goErrorText(errno))")
    }
  }

  /// An errno as Go's `syscall.Errno.Error()` words it (the C text, first letter lowered).
  private static func goErrorText(_ code: Int32) -> String {
    let text = String(cString: strerror(code))
    return text.prefix(1).lowercased() + text.dropFirst()
  }
}
