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
  /// `sha256:<64 hex digits>`; throws where a file cannot be read (the render would fail on it
  /// too, so nothing can stand in for it).
  public static func digest(of entry: RenderMatrix.Entry, in matrix: RenderMatrix, tool: String) throws
    -> String
  {
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
    let chart = matrix.root.appendingPathComponent(entry.path).path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: chart, isDirectory: &isDirectory) else {
      throw MatrixError("\(entry.path): no such chart")
    }
    if isDirectory.boolValue {
      for file in try ChartDirectory.read(chart) {
        field("chart file", file.name)
        field("content", file.data)
      }
    } else {
      field("chart archive", try GoReadFile.read(chart))
    }
    for values in entry.values {
      field("values file", values)
      field("content", try GoReadFile.read(matrix.root.appendingPathComponent(values).path))
    }
    return "sha256:" + GoHex.encode(hash.finalize())
  }
}
