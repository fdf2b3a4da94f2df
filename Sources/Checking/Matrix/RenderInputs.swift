import Charts
import Crypto
import Foundation
import GoLib
import Values

/// A digest of everything that decides what a render-matrix entry renders: the renderer
/// (its name and version), the entry's settings (release, namespace, Kubernetes version,
/// `--set` expressions, generated fields), every file of its chart folder (walked as the
/// chart loader walks it, symlinks followed, nothing ignored) or its chart archive, and its
/// values files in order. Two equal digests stand for the same render.
public enum RenderInputs {
  /// The files of an entry's chart as the digest reads them: read once, they can serve every
  /// entry of the same chart.
  public struct ChartContent: Sendable {
    /// The chart folder or archive, relative to the project.
    public let path: String
    fileprivate let source: Source

    fileprivate enum Source {
      case folder([ChartFile])
      case archive([UInt8])
    }

    /// Reads the chart of `entry` (every file of its folder, or its archive).
    public init(of entry: RenderMatrix.Entry, in matrix: RenderMatrix) throws {
      path = entry.path
      let chart = matrix.root.appendingPathComponent(entry.path).path
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: chart, isDirectory: &isDirectory) else {
        throw MatrixError("\(entry.path): no such chart")
      }
      source =
        isDirectory.boolValue ? .folder(try ChartDirectory.read(chart)) : .archive(try GoReadFile.read(chart))
    }
  }

  /// `sha256:<64 hex digits>`; throws where a file cannot be read (the render would fail on it
  /// too, so nothing can stand in for it). `chart`, when given, is the content of the entry's
  /// chart already read.
  public static func digest(
    of entry: RenderMatrix.Entry, in matrix: RenderMatrix, tool: String, chart: ChartContent? = nil
  ) throws -> String {
    var hash = SHA256()
    func field(_ name: String, _ bytes: [UInt8]) {
      hash.update(data: Array(name.utf8) + [0] + Array(String(bytes.count).utf8) + [0])
      hash.update(data: bytes)
    }
    func field(_ name: String, _ text: String) { field(name, GoByteString.bytes(text)) }

    field("format", "chartc render inputs 1")
    field("tool", tool)
    field("release", entry.release)
    field("namespace", entry.namespace)
    field("kubeVersion", entry.kubeVersion)
    for expression in entry.set { field("set", expression) }
    for generated in entry.generated {
      field(
        "generated",
        [generated.kind, generated.name, generated.namespace ?? "\u{0}", generated.path].joined(
          separator: "\u{0}"))
    }
    let content =
      try chart.flatMap { $0.path == entry.path ? $0 : nil } ?? ChartContent(of: entry, in: matrix)
    switch content.source {
    case .folder(let files):
      for file in files {
        field("chart file", file.name)
        field("content", file.data)
      }
    case .archive(let bytes):
      field("chart archive", bytes)
    }
    for values in entry.values {
      field("values file", values)
      field("content", try GoReadFile.read(matrix.root.appendingPathComponent(values).path))
    }
    return "sha256:" + GoHex.encode(hash.finalize())
  }
}
