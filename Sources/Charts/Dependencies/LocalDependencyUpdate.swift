import Foundation

/// `--dependency-update` for dependencies that resolve locally: a dependency declared in
/// `Chart.yaml` with a `file://` repository and missing from `charts/` is loaded from that
/// folder (relative to the chart) and attached, recursively, as `helm dependency update`
/// would have placed it. Nothing is written to the chart. Other repositories need the
/// network, which chartc does not use: they are reported, never skipped silently.
public enum LocalDependencyUpdate {
  /// A dependency that cannot be resolved offline, or that does not load.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public let description: String
  }

  /// `chart` with its missing `file://` dependencies attached.
  public static func resolve(_ chart: Chart, chartPath: String) throws(Failure) -> Chart {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: chartPath, isDirectory: &isDirectory), isDirectory.boolValue
    else { return chart }
    var loaded = chart.dependencies
    let present = Set(loaded.map(\.name))
    for case let dependency? in chart.metadata.dependencies where !present.contains(dependency.name) {
      guard dependency.repository.hasPrefix("file://") else {
        throw Failure(
          description:
            "dependency \"\(dependency.name)\" from \(dependency.repository.isEmpty ? "no repository" : dependency.repository) is missing in charts/ and only file:// dependencies resolve offline; run 'helm dependency build'"
        )
      }
      let relative = String(dependency.repository.dropFirst("file://".count))
      let folder = URL(
        fileURLWithPath: relative, relativeTo: URL(fileURLWithPath: chartPath, isDirectory: true)
      )
      .standardizedFileURL.path
      let child: Chart
      do {
        child = try ChartLoader.load(path: folder)
      } catch {
        throw Failure(description: "dependency \"\(dependency.name)\" (\(dependency.repository)): \(error)")
      }
      loaded.append(try resolve(child, chartPath: folder))
    }
    return chart.with(dependencies: loaded)
  }
}
