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
    if let render = error as? RenderError {
      // Its description directly: interpolating an `any Error` would first ask the runtime
      // which printing protocols the error conforms to (a scan of every conformance record).
      if render.isRenderStage {
        return CommandFailure(render.description + "\n\nUse --debug flag to render out invalid YAML")
      }
      return CommandFailure(render.description)
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
