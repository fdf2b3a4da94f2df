import Charts
import Foundation
import Template
import Values

/// `helm lint` as a library call: Helm's rules (Chart.yaml, values, templates,
/// dependencies, CRDs) over chart directories or archives, with Helm's messages and
/// severities. Nothing here prints.
public enum HelmLinter {
  /// Helm's `lint.RunAll` over one chart directory: every rule's messages, in Helm's order.
  public static func lintDirectory(_ path: String, options: HelmLintOptions) throws -> [HelmLintMessage] {
    let chartDir = URL(fileURLWithPath: path).standardizedFileURL.path
    let kubeVersion = try options.kubeVersion.map { text -> KubeVersion in
      do { return try KubeVersion.parse(text) } catch {
        throw HelmLintError("invalid kube version '\(text)': \(error)")
      }
    }
    var messages: [HelmLintMessage] = []
    HelmChartfileRules.run(chartDir: chartDir, into: &messages)
    HelmValuesRules.run(chartDir: chartDir, options: options, into: &messages)
    let loaded =
      options.render.map { Result<Chart, any Error>.success($0.chart) }
      ?? Result { () throws -> Chart in try ChartLoader.load(path: chartDir) }
    HelmTemplateRules.run(
      chartDir: chartDir, chart: loaded, options: options, kubeVersion: kubeVersion, into: &messages)
    HelmDependencyRules.run(chartDir: chartDir, chart: loaded, into: &messages)
    HelmCRDRules.run(chartDir: chartDir, chart: loaded, into: &messages)
    return messages
  }

  /// Helm's `action.Lint.Run` for one path (a chart directory or `.tgz`): the messages,
  /// and the errors that fail the chart (warnings too with `strict`).
  public static func lint(path: String, options: HelmLintOptions) throws -> HelmLintResult {
    var result = HelmLintResult()
    let messages: [HelmLintMessage]
    do {
      // On the large stack: Helm's rules decode documents that may nest 10,000 levels deep.
      messages = try LargeStack.run { try lintChart(path: path, options: options) }
    } catch let error as HelmLintError {
      throw error
    } catch {
      result.errors.append("\(error)")
      return result
    }
    result.totalChartsLinted = 1
    result.messages = messages
    let lowest: HelmLintMessage.Level = options.strict ? .warning : .error
    result.errors = messages.filter { $0.level >= lowest }.map(\.message)
    return result
  }

  /// The charts `--with-subcharts` adds for `path`: every folder holding a `Chart.yaml`
  /// and every chart archive below its `charts/` folder, in walk order.
  public static func subchartPaths(of path: String) -> [String] {
    let charts = (path as NSString).appendingPathComponent("charts")
    guard HelmLintFiles.isDirectory(charts) else { return [] }
    var out: [String] = []
    func walk(_ dir: String) {
      let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
      for name in names {
        let full = (dir as NSString).appendingPathComponent(name)
        if name == "Chart.yaml" { out.append(dir) }
        if name.hasSuffix(".tgz") || name.hasSuffix(".tar.gz") { out.append(full) }
        if HelmLintFiles.isDirectory(full) { walk(full) }
      }
    }
    walk(charts)
    return out
  }

  private static func lintChart(path: String, options: HelmLintOptions) throws -> [HelmLintMessage] {
    if path.hasSuffix(".tgz") || path.hasSuffix(".tar.gz") {
      let directory = try expand(archive: path)
      defer { try? FileManager.default.removeItem(atPath: directory.temporary) }
      return try lintDirectory(directory.chart, options: options)
    }
    let chartYAML = (path as NSString).appendingPathComponent("Chart.yaml")
    guard HelmLintFiles.exists(chartYAML) else {
      throw HelmLintFileError(
        "unable to check Chart.yaml file in chart: stat \(chartYAML): no such file or directory")
    }
    return try lintDirectory(path, options: options)
  }

  /// Unpacks a chart archive into a temporary folder, as Helm's lint does.
  private static func expand(archive path: String) throws -> (temporary: String, chart: String) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw HelmLintFileError("unable to open tarball: open \(path): no such file or directory")
    }
    let files: [ChartFile]
    do {
      files = try ChartArchive.read([UInt8](data))
    } catch {
      throw HelmLintFileError("unable to extract tarball: \(error)")
    }
    let temporary = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "helm-lint-\(UUID().uuidString)")
    // the archive's files are named below its top folder, which the reader strips
    let top = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    for file in files {
      let target = (temporary as NSString).appendingPathComponent(top + "/" + file.name)
      try FileManager.default.createDirectory(
        atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(file.data).write(to: URL(fileURLWithPath: target))
    }
    return (temporary, (temporary as NSString).appendingPathComponent(top))
  }
}

/// A `helm lint` usage error (an invalid `--kube-version`), worded as Helm words it.
public struct HelmLintError: Error, Sendable, CustomStringConvertible {
  public let description: String
  public init(_ description: String) { self.description = description }
}
