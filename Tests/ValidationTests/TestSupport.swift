import Foundation
import TestSupport
import Validation
import Values

/// Paths and loaders shared by the validation tests.
enum TestSupport {
  /// The package root (two levels above this file's folder).
  static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared` next to the package root (or `/work/shared`), when present.
  static var sharedRoot: URL? {
    SharedFixtures.sharedDirectory
  }

  static func readJSON(_ url: URL) throws -> Value {
    let data = try Data(contentsOf: url)
    return try SchemaJSON.parse(String(decoding: data, as: UTF8.self))
  }

  static func json(_ text: String) -> Value {
    (try? SchemaJSON.parse(text)) ?? .null
  }
}
