import Foundation

/// A file named on the command line (`-f`, `--set-file`), read with the errors Go's
/// `os.ReadFile` reports.
enum UserFile {
  static func read(_ path: String) throws -> Data {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw RenderError("open \(path): no such file or directory")
    }
    if isDirectory.boolValue { throw RenderError("read \(path): is a directory") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RenderError("open \(path): permission denied")
    }
    return data
  }
}
