import Foundation

/// One input of `chartc validate`: a display name (file path, or `stdin`) and its text.
public struct ManifestInput: Sendable, Equatable {
  public var name: String
  public var text: String

  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }

  /// An input that could not be read.
  public struct ReadError: Error, Sendable, CustomStringConvertible {
    public let description: String
  }

  /// The inputs `paths` designate, in order: `-` reads `standardInput`, a folder adds its
  /// `.yaml`, `.yml` and `.json` files (recursively, sorted by path), a file adds itself.
  public static func collect(paths: [String], standardInput: () -> String) throws -> [ManifestInput] {
    var inputs: [ManifestInput] = []
    let fm = FileManager.default
    for path in paths {
      if path == "-" {
        inputs.append(ManifestInput(name: "stdin", text: standardInput()))
        continue
      }
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
        throw ReadError(description: "open \(path): no such file or directory")
      }
      if isDir.boolValue {
        let files = (fm.enumerator(atPath: path)?.allObjects as? [String] ?? [])
          .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
          .sorted()
        for file in files {
          let full = (path as NSString).appendingPathComponent(file)
          var sub: ObjCBool = false
          if fm.fileExists(atPath: full, isDirectory: &sub), sub.boolValue { continue }
          inputs.append(try read(full))
        }
      } else {
        inputs.append(try read(path))
      }
    }
    return inputs
  }

  static func read(_ path: String) throws -> ManifestInput {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ReadError(description: "open \(path): permission denied")
    }
    return ManifestInput(name: path, text: String(decoding: data, as: UTF8.self))
  }
}
