import Charts
import Foundation
import GoLib

/// File access for Helm's lint rules, with the errors Go's `os` package words.
enum HelmLintFiles {
  /// The text of `path` (any readable kind of file, read until end of file), or Go's
  /// `open ...: no such file or directory` / `read ...: is a directory`.
  static func read(_ path: String) throws -> String {
    do throws(GoPathError) {
      return String(decoding: try GoReadFile.read(path), as: UTF8.self)
    } catch {
      throw HelmLintFileError(error.description)
    }
  }

  /// The loaded chart for the checks of the chart folder `folder` (`templates`, `crds`), when
  /// the folder is a directory and the chart loaded; else nil, with Helm's message about the
  /// folder (`directory does not exist` at `ifMissing`, none when nil; `not a directory`; the
  /// load error).
  static func chart(
    reading folder: String, of chartDir: String, _ chart: Result<Chart, any Error>,
    ifMissing: HelmLintMessage.Level?, into messages: inout [HelmLintMessage]
  ) -> Chart? {
    let path = (chartDir as NSString).appendingPathComponent(folder)
    guard exists(path) else {
      if let ifMissing {
        messages.append(HelmLintMessage(ifMissing, folder + "/", "directory does not exist"))
      }
      return nil
    }
    guard isDirectory(path) else {
      messages.append(HelmLintMessage(.error, folder + "/", "not a directory"))
      return nil
    }
    switch chart {
    case .success(let loaded): return loaded
    case .failure(let error):
      messages.append(HelmLintMessage(.error, folder + "/", "\(error)"))
      return nil
    }
  }

  static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  /// A loader error without the `cannot load Chart.yaml: ` prefix the chart loader adds
  /// (Helm's `LoadChartfile` reports the bare YAML/JSON error).
  static func unprefixed(_ error: any Error) -> String {
    let text = "\(error)"
    let prefix = "cannot load Chart.yaml: "
    return text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
  }

  /// Go's `filepath.Base`.
  static func goPathBase(_ path: String) -> String {
    if path.isEmpty { return "." }
    var p = Substring(path)
    while p.count > 1 && p.hasSuffix("/") { p = p.dropLast() }
    if p == "/" { return "/" }
    if let slash = p.lastIndex(of: "/") { p = p[p.index(after: slash)...] }
    return p.isEmpty ? "/" : String(p)
  }

  /// Go's `filepath.Ext`.
  static func goExtension(_ path: String) -> String {
    var i = path.endIndex
    while i > path.startIndex {
      let j = path.index(before: i)
      if path[j] == "/" { break }
      if path[j] == "." { return String(path[j...]) }
      i = j
    }
    return ""
  }
}

/// A file error worded as Go's `os` package words it.
struct HelmLintFileError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
