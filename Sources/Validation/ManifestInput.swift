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
  /// The files are read concurrently, on every core (the corpus render's 250 files, 38 MB,
  /// were a serial quarter of `validate`'s wall time); an unreadable file fails the whole, the
  /// first in order reported.
  public static func collect(paths: [String], standardInput: () -> String) throws -> [ManifestInput] {
    var entries: [Entry] = []
    let fm = FileManager.default
    for path in paths {
      if path == "-" {
        entries.append(.read(ManifestInput(name: "stdin", text: standardInput())))
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
          entries.append(.file(full))
        }
      } else {
        entries.append(.file(path))
      }
    }
    let slots = ReadSlots(count: entries.count)
    let all = entries
    DispatchQueue.concurrentPerform(iterations: all.count) { i in
      guard case .file(let path) = all[i] else { return }
      // the texts stay until the process ends: a reading thread's heap in huge pages
      HeapHugePages.adviseCallingThread()
      slots.store(Result { try read(path) }, at: i)
    }
    return try entries.indices.map { i in
      if case .read(let input) = entries[i] { return input }
      return try slots.take(i).get()
    }
  }

  /// One input to collect: read already (standard input), or a file to read.
  private enum Entry: Sendable {
    case read(ManifestInput)
    case file(String)
  }

  /// Where each concurrently read file's outcome is put: one slot per input, each written by
  /// one thread, read after all are done.
  private final class ReadSlots: @unchecked Sendable {  // reason: slot i is written once, by iteration i alone, before concurrentPerform returns
    private let slots: UnsafeMutableBufferPointer<Result<ManifestInput, any Error>?>

    init(count: Int) {
      slots = .allocate(capacity: count)
      slots.initialize(repeating: nil)
    }

    deinit {
      slots.deinitialize()
      slots.deallocate()
    }

    func store(_ result: Result<ManifestInput, any Error>, at i: Int) { slots[i] = result }

    func take(_ i: Int) -> Result<ManifestInput, any Error> { slots[i]! }
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
