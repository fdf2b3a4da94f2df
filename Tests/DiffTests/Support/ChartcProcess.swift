import Foundation
import TestSupport

/// Runs the built `chartc` executable (`.build/debug/chartc`), as a user would.
struct ChartcProcess: Sendable {
  let status: Int32
  let stdout: String
  let stderr: String

  static let executable = SharedFixtures.packageRoot.appendingPathComponent(".build/debug/chartc")

  static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws
    -> ChartcProcess
  {
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
      throw ProcessFailure("chartc not found at \(executable.path): run `swift build` before `swift test`")
    }
    return try runTool(executable.path, arguments, in: directory, environment: environment)
  }

  /// Runs any tool; output goes through files so large outputs never block on a pipe.
  static func runTool(
    _ tool: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]
  )
    throws -> ChartcProcess
  {
    let scratch = try Scratch()
    let out = scratch.url.appendingPathComponent("stdout")
    let err = scratch.url.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let outHandle = try FileHandle(forWritingTo: out)
    let errHandle = try FileHandle(forWritingTo: err)
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try outHandle.close()
    try errHandle.close()
    return ChartcProcess(
      status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
  }
}

/// A temporary folder removed when the value is released.
final class Scratch {
  let url: URL
  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "chartc-difftest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }
  var path: String { url.path }
  func write(_ relative: String, _ text: String) throws {
    let file = url.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }
  deinit { try? FileManager.default.removeItem(at: url) }
}

/// A test precondition that failed (a tool missing, a process that could not run).
struct ProcessFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
