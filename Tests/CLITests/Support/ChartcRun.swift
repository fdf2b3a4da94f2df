import Foundation
import Testing

/// The outcome of one run of the built `chartc` executable.
struct ChartcRun: Sendable {
  let status: Int32
  let stdout: String
  let stderr: String

  /// The package root, derived from this file's path (Tests/CLITests/Support/ChartcRun.swift).
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `<package root>/.build/debug/chartc`.
  static let executable: URL = packageRoot.appendingPathComponent(".build/debug/chartc")

  /// Runs `chartc ARGS` in `directory` with `stdin` as standard input; output goes through
  /// temporary files so large outputs never block on a full pipe.
  static func run(_ arguments: [String], in directory: URL? = nil, stdin: String? = nil) throws -> ChartcRun {
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
      throw ChartcMissing(path: executable.path)
    }
    let scratch = try TemporaryDirectory()
    let outURL = scratch.url.appendingPathComponent("stdout")
    let errURL = scratch.url.appendingPathComponent("stderr")
    let inURL = scratch.url.appendingPathComponent("stdin")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: inURL.path, contents: Data((stdin ?? "").utf8))
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let outHandle = try FileHandle(forWritingTo: outURL)
    let errHandle = try FileHandle(forWritingTo: errURL)
    let inHandle = try FileHandle(forReadingFrom: inURL)
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = inHandle
    try process.run()
    process.waitUntilExit()
    try outHandle.close()
    try errHandle.close()
    try inHandle.close()
    let out = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
    let err = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
    let status =
      process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
    return ChartcRun(status: status, stdout: out, stderr: err)
  }
}

/// Thrown when the executable has not been built yet.
struct ChartcMissing: Error, CustomStringConvertible {
  let path: String
  var description: String {
    "chartc executable not found at \(path): run `swift build` (or `make test`) before `swift test`"
  }
}
