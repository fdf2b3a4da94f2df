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

  /// `<package root>/.build/debug/chartc`, or `$CHARTC_UNDER_TEST` (e.g. to check that a test
  /// fails on an older build).
  static let executable: URL =
    ProcessInfo.processInfo.environment["CHARTC_UNDER_TEST"].map { URL(fileURLWithPath: $0) }
    ?? packageRoot.appendingPathComponent(".build/debug/chartc")

  /// Runs `chartc ARGS` in `directory` with `stdin` as standard input; output goes through
  /// temporary files so large outputs never block on a full pipe.
  static func run(
    _ arguments: [String], in directory: URL? = nil, stdin: String? = nil, environment: [String: String] = [:]
  ) throws -> ChartcRun {
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
      throw ChartcMissing(path: executable.path)
    }
    return try runProcess(
      executable, arguments, in: directory, stdin: stdin, environment: environment)
  }

  /// `/bin/sh -c COMMAND` in `directory`, with the built chartc first on the PATH.
  static func shell(_ command: String, in directory: URL, environment: [String: String] = [:]) throws
    -> ChartcRun
  {
    var env = environment
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    env["PATH"] = executable.deletingLastPathComponent().path + ":" + path
    return try runProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", command], in: directory, environment: env)
  }

  /// Runs `program ARGS`; output goes through temporary files so large outputs never block.
  static func runProcess(
    _ program: URL, _ arguments: [String], in directory: URL? = nil, stdin: String? = nil,
    environment: [String: String] = [:]
  ) throws -> ChartcRun {
    let scratch = try TemporaryDirectory()
    let outURL = scratch.url.appendingPathComponent("stdout")
    let errURL = scratch.url.appendingPathComponent("stderr")
    let inURL = scratch.url.appendingPathComponent("stdin")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: inURL.path, contents: Data((stdin ?? "").utf8))
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
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
