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
    let fm = FileManager.default
    for path in order {
      let url = URL(fileURLWithPath: path)
      do {
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(GoByteString.bytes(contents[path]!)).write(to: url, options: .atomic)
      } catch {
        throw CommandFailure("\(error.localizedDescription)")
      }
    }
  }
}
