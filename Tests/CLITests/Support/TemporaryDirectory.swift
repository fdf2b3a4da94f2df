import Foundation

/// A fresh directory under the system temporary folder, removed when released.
final class TemporaryDirectory: @unchecked Sendable {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("chartc-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  var path: String { url.path }

  /// Writes `bytes` at `relative` (folders created as needed) and returns the full path.
  @discardableResult
  func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }

  @discardableResult
  func write(_ relative: String, _ text: String) throws -> String {
    try write(relative, Array(text.utf8))
  }

  /// Every file and folder below the directory, relative paths sorted.
  func listing(_ relative: String = "") -> [String] {
    let base = relative.isEmpty ? url : url.appendingPathComponent(relative)
    guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
    return (walker.allObjects as? [String] ?? []).sorted()
  }
}
