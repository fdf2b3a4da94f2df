import ArgumentParser
import Charts
import Foundation

/// `--post-renderer PATH [--post-renderer-args ARG]...`: an executable whose stdout replaces
/// the rendered manifest stream; a bare name is looked up in `$PATH`.
struct PostRendererFlags: ParsableArguments {
  @Option(
    name: .customLong("post-renderer"),
    help: "An executable that receives the rendered manifests on stdin; its stdout replaces them.")
  var postRenderer: String?

  @Option(
    name: .customLong("post-renderer-args"), help: "An argument to the post-renderer (can specify multiple).")
  var postRendererArgs: [String] = []

  /// `stream` replaced by what the post-renderer prints (unchanged without one).
  func run(_ stream: String) throws -> String {
    guard let postRenderer else { return stream }
    let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    do {
      return try PostRenderer(executable: postRenderer, arguments: postRendererArgs, searchPath: searchPath)
        .run(stream)
    } catch {
      throw CommandFailure(error.description)
    }
  }
}
