import Foundation

/// `--post-renderer PATH [--post-renderer-args ARG]...`: an executable that receives the
/// rendered manifest stream on standard input; what it prints replaces the stream.
public struct PostRenderer: Sendable {
  public var executable: String
  public var arguments: [String]
  /// The directories a bare name is looked up in (the caller passes `$PATH`).
  public var searchPath: String

  public init(executable: String, arguments: [String], searchPath: String) {
    self.executable = executable
    self.arguments = arguments
    self.searchPath = searchPath
  }

  /// A failed post-render, worded as Helm words it.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public let description: String
  }

  /// Runs the executable over `stream`; a failure carries its stderr and exit status, worded
  /// as Helm words a failed post-render.
  public func run(_ stream: String) throws(Failure) -> String {
    guard let path = Self.resolve(executable, searchPath: searchPath) else {
      throw Failure(
        description:
          "error while running post render on files: unable to find binary at \(executable): executable file not found in $PATH"
      )
    }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "chartc-post-render-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let input = scratch.appendingPathComponent("stdin")
    let output = scratch.appendingPathComponent("stdout")
    let errors = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: input.path, contents: Data(stream.utf8))
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    do {
      process.standardInput = try FileHandle(forReadingFrom: input)
      process.standardOutput = try FileHandle(forWritingTo: output)
      process.standardError = try FileHandle(forWritingTo: errors)
      try process.run()
    } catch {
      throw Failure(
        description:
          "error while running post render on files: \(executable): \(error.localizedDescription)")
    }
    process.waitUntilExit()
    let stdout = String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self)
    let stderr = String(decoding: (try? Data(contentsOf: errors)) ?? Data(), as: UTF8.self)
    guard process.terminationReason == .exit, process.terminationStatus == 0 else {
      let status =
        process.terminationReason == .exit
        ? "exit status \(process.terminationStatus)" : "signal: \(process.terminationStatus)"
      throw Failure(
        description:
          "error while running post render on files: error while running command \(path). error output:\n\(stderr): \(status)"
      )
    }
    return stdout
  }

  /// An executable path, or a name looked up in `$PATH` as Go's `exec.LookPath` does.
  static func resolve(_ name: String, searchPath: String) -> String? {
    let manager = FileManager.default
    if name.contains("/") {
      return manager.isExecutableFile(atPath: name)
        ? URL(fileURLWithPath: name).standardizedFileURL.path : nil
    }
    for directory in searchPath.split(separator: ":") {
      let candidate = String(directory) + "/" + name
      if manager.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}
