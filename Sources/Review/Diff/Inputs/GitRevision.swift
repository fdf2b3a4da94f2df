import Foundation

/// A git revision of the project read into a temporary folder (`git archive REV -- paths |
/// tar -x`): the working tree and the index are never touched.
struct GitRevision {
  /// The revision as the user named it.
  let revision: String
  /// The repository's top folder.
  let top: URL

  /// The repository holding `folder`.
  init(_ revision: String, repositoryOf folder: URL) throws {
    self.revision = revision
    let out = try Self.git(["rev-parse", "--show-toplevel"], in: folder)
    top = URL(
      fileURLWithPath: String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    _ = try Self.git(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: top) {
      "unknown revision \"\(revision)\""
    }
  }

  /// `path` (relative to the repository top) at the revision, or nil when it does not exist there.
  func contents(of path: String) throws -> Data? {
    guard try exists([path]).contains(path) else { return nil }
    return try Self.git(["show", "\(revision):\(path)"], in: top)
  }

  /// The paths among `paths` (files or folders, relative to the top) that exist at the revision.
  func exists(_ paths: [String]) throws -> Set<String> {
    if paths.isEmpty { return [] }
    let out = try Self.git(["ls-tree", "--name-only", "-z", revision, "--"] + paths, in: top)
    return Set(out.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
  }

  /// Writes `paths` (those that exist at the revision) under `folder`, as `git archive` gives them.
  func extract(_ paths: [String], into folder: URL) throws {
    let present = try exists(paths).sorted()
    if present.isEmpty { return }
    let archive = folder.appendingPathComponent(".chartc-revision.tar")
    _ = try Self.git(["archive", "--format=tar", "-o", archive.path, revision, "--"] + present, in: top)
    defer { try? FileManager.default.removeItem(at: archive) }
    _ = try Self.run("/usr/bin/env", ["tar", "-xf", archive.path, "-C", folder.path], in: folder) {
      "cannot unpack \(revision): tar failed"
    }
  }

  @discardableResult
  static func git(_ arguments: [String], in folder: URL, failure: (() -> String)? = nil) throws -> Data {
    try run("/usr/bin/env", ["git"] + arguments, in: folder, failure: failure)
  }

  private static func run(
    _ tool: String, _ arguments: [String], in folder: URL, failure: (() -> String)? = nil
  )
    throws -> Data
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_OPTIONAL_LOCKS"] = "0"
    process.environment = environment
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "chartc-git-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: scratch.path, contents: nil)
    _ = FileManager.default.createFile(atPath: scratch.path + ".err", contents: nil)
    defer {
      try? FileManager.default.removeItem(atPath: scratch.path)
      try? FileManager.default.removeItem(atPath: scratch.path + ".err")
    }
    let out = try FileHandle(forWritingTo: scratch)
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path + ".err"))
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw DiffError("cannot run \(arguments.first ?? tool): \(error)")
    }
    process.waitUntilExit()
    try? out.close()
    try? err.close()
    let data = (try? Data(contentsOf: scratch)) ?? Data()
    guard process.terminationStatus == 0 else {
      if let failure { throw DiffError(failure()) }
      let message = String(
        decoding: (try? Data(contentsOf: URL(fileURLWithPath: scratch.path + ".err"))) ?? Data(),
        as: UTF8.self
      )
      .trimmingCharacters(in: .whitespacesAndNewlines)
      throw DiffError(
        "\(arguments.joined(separator: " ")): \(message.isEmpty ? "exit status \(process.terminationStatus)" : message)"
      )
    }
    return data
  }
}
