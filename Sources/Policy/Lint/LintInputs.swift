import Charts
import Checking
import Foundation

/// Turns `chartc lint`'s arguments into lint targets: nothing → the selected matrix entries;
/// chart folders or archives → one render each with the render flags; other files → the
/// charts holding them, in every selected environment of the matrix.
public struct LintInputs: Sendable {
  /// The project's render matrix, when there is a project file.
  public let matrix: RenderMatrix?
  /// The matrix entries that may be linted (after `--chart`, `--env` and `--shard`).
  public let entries: [RenderMatrix.Entry]
  /// The request of a chart given on the command line (the render flags), its path left
  /// to fill in.
  public let request: RenderRequest

  public init(matrix: RenderMatrix?, entries: [RenderMatrix.Entry], request: RenderRequest) {
    self.matrix = matrix
    self.entries = entries
    self.request = request
  }

  /// The targets of `inputs`, each touched chart once.
  public func targets(for inputs: [String]) -> [LintTarget] {
    if inputs.isEmpty { return matrixTargets(entries) }
    if inputs.allSatisfy(isChart) { return inputs.map(chartTarget) }
    var seen: Set<String> = []
    var targets: [LintTarget] = []
    for input in inputs {
      if isChart(input) {
        if seen.insert("dir:" + absolute(input)).inserted { targets.append(chartTarget(input)) }
        continue
      }
      let path = absolute(input)
      if let matrix, let chart = matrixChart(holding: path, in: matrix) {
        if seen.insert("matrix:" + chart).inserted {
          targets += matrixTargets(entries.filter { $0.chart == chart })
        }
      } else if let chart = chartFolder(holding: path) {
        if seen.insert("dir:" + chart).inserted { targets.append(chartTarget(chart)) }
      }
    }
    return targets
  }

  private func isChart(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return false }
    if isDirectory.boolValue {
      return FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("Chart.yaml"))
    }
    return path.hasSuffix(".tgz") || path.hasSuffix(".tar.gz")
  }

  private func absolute(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }

  private func chartTarget(_ path: String) -> LintTarget {
    var request = self.request
    request.chartPath = path
    let name = (try? ChartLoader.load(path: path).name) ?? (absolute(path) as NSString).lastPathComponent
    return LintTarget(chart: name, request: request)
  }

  private func matrixTargets(_ entries: [RenderMatrix.Entry]) -> [LintTarget] {
    guard let matrix else { return [] }
    return entries.map {
      LintTarget(chart: $0.chart, environment: $0.environment, request: matrix.request(for: $0))
    }
  }

  /// The matrix chart whose folder holds `path` (the deepest), or whose values files include it.
  private func matrixChart(holding path: String, in matrix: RenderMatrix) -> String? {
    var best: (chart: String, depth: Int)?
    for entry in matrix.entries {
      let folder = absolute(matrix.root.appendingPathComponent(entry.path).path)
      let valueFiles = entry.values.map { absolute(matrix.root.appendingPathComponent($0).path) }
      if path == folder || path.hasPrefix(folder + "/") || valueFiles.contains(path) {
        if best == nil || folder.count > best!.depth { best = (entry.chart, folder.count) }
      }
    }
    return best?.chart
  }

  /// The nearest folder at or above `path` holding a Chart.yaml.
  private func chartFolder(holding path: String) -> String? {
    var dir = path
    var isDirectory: ObjCBool = false
    if !(FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory) && isDirectory.boolValue) {
      dir = (dir as NSString).deletingLastPathComponent
    }
    while !dir.isEmpty && dir != "/" {
      if FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent("Chart.yaml")) {
        return dir
      }
      dir = (dir as NSString).deletingLastPathComponent
    }
    return nil
  }
}
