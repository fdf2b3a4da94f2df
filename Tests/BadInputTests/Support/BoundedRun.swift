import Foundation
import TestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// One run of the built `chartc` (or of a shell command using it) that cannot hang a test:
/// the process is killed after `timeLimit` seconds, and `timedOut` says so.
struct BoundedRun: Sendable {
  let status: Int32
  let stdout: [UInt8]
  let stderr: [UInt8]
  let timedOut: Bool

  var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
  var stderrText: String { String(decoding: stderr, as: UTF8.self) }

  /// `.build/debug/chartc`, or `$CHARTC_UNDER_TEST`.
  static let executable: URL =
    ProcessInfo.processInfo.environment["CHARTC_UNDER_TEST"].map { URL(fileURLWithPath: $0) }
    ?? SharedFixtures.packageRoot.appendingPathComponent(".build/debug/chartc")

  /// Runs `chartc ARGS` in `directory`.
  static func chartc(
    _ arguments: [String], in directory: URL, stdin: [UInt8] = [], timeLimit: Double = 120
  ) throws -> BoundedRun {
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
      throw MissingExecutable(path: executable.path)
    }
    return try run(executable, arguments, in: directory, stdin: stdin, timeLimit: timeLimit)
  }

  /// Runs `/bin/bash -c SCRIPT` in `directory` with `$CHARTC` naming the built chartc (for
  /// process substitution, pipes, FIFOs and `ulimit`).
  static func bash(_ script: String, in directory: URL, timeLimit: Double = 120) throws -> BoundedRun {
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
      throw MissingExecutable(path: executable.path)
    }
    return try run(
      URL(fileURLWithPath: "/bin/bash"), ["-c", script], in: directory,
      environment: ["CHARTC": executable.path],
      timeLimit: timeLimit)
  }

  private static func run(
    _ program: URL, _ arguments: [String], in directory: URL, stdin: [UInt8] = [],
    environment: [String: String] = [:], timeLimit: Double
  ) throws -> BoundedRun {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "chartc-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    let inURL = scratch.appendingPathComponent("stdin")
    for url in [outURL, errURL] { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
    _ = FileManager.default.createFile(atPath: inURL.path, contents: Data(stdin))
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let outHandle = try FileHandle(forWritingTo: outURL)
    let errHandle = try FileHandle(forWritingTo: errURL)
    let inHandle = try FileHandle(forReadingFrom: inURL)
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = inHandle
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    var timedOut = false
    if finished.wait(timeout: .now() + timeLimit) == .timedOut {
      timedOut = true
      // The whole process group of a shell script, else the process alone.
      kill(process.processIdentifier, SIGKILL)
      finished.wait()
    }
    try outHandle.close()
    try errHandle.close()
    try inHandle.close()
    let status =
      process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
    return BoundedRun(
      status: status, stdout: [UInt8](try Data(contentsOf: outURL)),
      stderr: [UInt8](try Data(contentsOf: errURL)),
      timedOut: timedOut)
  }
}

/// Thrown when the executable has not been built yet.
struct MissingExecutable: Error, CustomStringConvertible {
  let path: String
  var description: String { "chartc executable not found at \(path): run `swift build` before `swift test`" }
}

/// A fresh folder under the system temporary folder, removed when released.
final class ScratchFolder: Sendable {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "chartc-bad-input-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `bytes` at `relative` (folders created as needed).
  func write(_ relative: String, _ bytes: [UInt8]) throws {
    let file = url.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
  }

  func write(_ relative: String, _ text: String) throws { try write(relative, Array(text.utf8)) }

  /// A minimal chart at `relative` with the given templates.
  func chart(_ relative: String = "chart", templates: [String: String] = ["t.yaml": "x: 1\n"]) throws {
    try write("\(relative)/Chart.yaml", "apiVersion: v2\nname: demo\nversion: 0.1.0\n")
    for (name, text) in templates { try write("\(relative)/templates/\(name)", text) }
  }
}
