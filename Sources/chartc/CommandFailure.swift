import Charts
import Foundation
import Values

/// A failure reported as Helm reports it: `Error: MESSAGE` on stderr, exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }

  /// Wraps a library error, adding Helm's `--debug` hint where Helm adds it (failures of
  /// the render stage and later).
  static func from(_ error: any Error) -> CommandFailure {
    if let render = error as? RenderError, render.isRenderStage {
      return CommandFailure(render.description + "\n\nUse --debug flag to render out invalid YAML")
    }
    return CommandFailure("\(error)")
  }
}

/// Writes text to standard output in one call.
enum StandardOutput {
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(GoByteString.bytes(text)))
  }
}

/// Writes `--output-dir` files only after the whole render succeeded, creating folders as
/// needed; each file is written in full (temporary file, then rename), so a failure never
/// leaves a half-written manifest behind.
enum OutputDirectoryWriter {
  static func write(_ writes: [ManifestFileWrite]) throws {
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
      do {
        try ensureDirectory(forFile: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
          throw CommandFailure("open \(path): is a directory")
        }
        do {
          try Data(GoByteString.bytes(contents[path]!)).write(
            to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
          throw CommandFailure("open \(path): permission denied")
        }
      } catch let failure as CommandFailure {
        throw CommandFailure(failure.description + "\n\nUse --debug flag to render out invalid YAML")
      }
    }
  }

  /// Helm's `ensureDirectoryForFile`: stat the folder (any error but "not found" is
  /// reported), then create it and its parents (`os.MkdirAll`'s errors).
  private static func ensureDirectory(forFile path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    guard !folder.isEmpty else { return }
    var info = stat()
    if stat(folder, &info) != 0 {
      let code = errno
      if code != ENOENT { throw CommandFailure("stat \(folder): \(goErrorText(code))") }
    }
    try makeDirectories(folder)
  }

  private static func makeDirectories(_ folder: String) throws {
    var info = stat()
    if stat(folder, &info) == 0 {
      if info.st_mode & S_IFMT == S_IFDIR { return }
      throw CommandFailure("mkdir \(folder): not a directory")
    }
    let parent = (folder as NSString).deletingLastPathComponent
    if !parent.isEmpty && parent != folder { try makeDirectories(parent) }
    if mkdir(folder, 0o755) != 0 && errno != EEXIST {
      throw CommandFailure("mkdir \(folder): \(goErrorText(errno))")
    }
  }

  /// An errno as Go's `syscall.Errno.Error()` words it (the C text, first letter lowered).
  private static func goErrorText(_ code: Int32) -> String {
    let text = String(cString: strerror(code))
    return text.prefix(1).lowercased() + text.dropFirst()
  }
}
