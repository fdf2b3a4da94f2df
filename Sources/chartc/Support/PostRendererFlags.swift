import Charts
import Foundation

/// `--post-renderer PATH [--post-renderer-args ARG]...`: an executable whose stdout replaces
/// the rendered manifest stream; a bare name is looked up in `$PATH`.
struct PostRendererFlags {
  /// The flags, as declared to the parser.
  enum Option {
    static let postRenderer = OptionSpec.single(
      "post-renderer",
      help: "An executable that receives the rendered manifests on stdin; its stdout replaces them."
    ).completingPaths
    static let postRendererArgs = OptionSpec.repeatable(
      "post-renderer-args", help: "An argument to the post-renderer (can specify multiple).")
  }

  static let options = [Option.postRenderer, Option.postRendererArgs]

  var postRenderer: String?
  var postRendererArgs: [String]

  init(_ parsed: ParsedArguments) {
    postRenderer = parsed.value(Option.postRenderer)
    postRendererArgs = parsed.values(Option.postRendererArgs)
  }

  /// `stream` replaced by what the post-renderer prints (unchanged without one).
  func run(_ stream: String) throws -> String {
    guard let postRenderer else { return stream }
    let searchPath = EnvironmentVariable.value("PATH") ?? "/usr/local/bin:/usr/bin:/bin"
    do {
      return try PostRenderer(executable: postRenderer, arguments: postRendererArgs, searchPath: searchPath)
        .run(stream)
    } catch {
      throw CommandFailure(error.description)
    }
  }
}
