import Charts
import Checking
import Foundation

/// One side of `chartc diff OLD NEW`: a chart folder or archive (rendered as `helm template`
/// renders it, with the request's values), or a rendered manifest stream (`-` is standard input).
public enum DiffInput {
  /// Reads or renders `path`. `request` carries the value flags (its chart path is replaced).
  public static func load(
    _ path: String, request: RenderRequest, pipeline: CheckingPipeline = CheckingPipeline(),
    standardInput: () -> String
  ) throws -> ManifestSet {
    if path == "-" {
      return try ManifestSet(
        chart: "stdin", environment: "", stream: standardInput(), name: "<stdin>",
        namespace: request.namespace)
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw DiffError("open \(path): no such file or directory")
    }
    if isDirectory.boolValue || isArchive(path) {
      var request = request
      request.chartPath = path
      let release: RenderedRelease
      do {
        release = try pipeline.render(request)
      } catch {
        throw DiffError("\(path): \(error)")
      }
      return try ManifestSet(chart: release.chart.name, environment: "", release: release)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DiffError("open \(path): cannot read the file")
    }
    let text = String(decoding: data, as: UTF8.self)
    let sources = SourceComments(text)
    let chart =
      sources.first?.split(separator: "/").first.map(String.init)
      ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    return try ManifestSet(
      chart: chart, environment: "", stream: text, name: path, namespace: request.namespace)
  }

  /// The two sides under one chart name (the new side's), so that they are compared with
  /// each other whatever each was called.
  public static func aligned(old: ManifestSet, new: ManifestSet) -> (ManifestSet, ManifestSet) {
    var old = old
    old.chart = new.chart
    return (old, new)
  }

  /// Whether `path` is a gzip file (a chart archive).
  private static func isArchive(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 2)) ?? Data()
    return head.count == 2 && head[head.startIndex] == 0x1f && head[head.startIndex + 1] == 0x8b
  }
}
