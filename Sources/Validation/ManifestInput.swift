import Foundation
import GoLib

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
      if fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
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

  /// Reads any readable kind of file (a pipe such as `<(...)`, a FIFO) until end of file.
  static func read(_ path: String) throws -> ManifestInput {
    do throws(GoPathError) {
      return ManifestInput(name: path, text: String(decoding: try GoReadFile.read(path), as: UTF8.self))
    } catch {
      throw ReadError(description: error.description)
    }
  }
}
