import Charts
import Foundation
import Values
import YAML

/// The render matrix of a project file (`chartc.yaml`): for each chart, its release,
/// namespace, target Kubernetes version and environments (values files and `--set`s).
public struct RenderMatrix: Sendable {
  /// One render of the matrix: one chart in one environment, locked by one golden file.
  public struct Entry: Sendable, Equatable {
    public var chart: String
    public var environment: String
    public var path: String
    public var release: String
    public var namespace: String
    public var kubeVersion: String
    public var values: [String]
    public var set: [String]
    /// `golden/<chart>/<environment>.yaml`, relative to the project root.
    public var golden: String
    /// Fields the chart generates in this environment (`generated:`), compared as present
    /// and well formed rather than byte for byte.
    public var generated: [GeneratedField] = []
    /// The chart's budget file, relative to the project root (`budget:` of the chart,
    /// default `budgets.yaml` beside the chart).
    public var budget: String = ""
  }

  /// The folder holding the project file; every path in it is relative to this.
  public var root: URL
  public var entries: [Entry]

  /// Reads `chartc.yaml` at `file`, checked against the project file schema; with
  /// `requireFiles` (the default) every chart folder and values file it names must exist
  /// (a revision read from git checks its charts once they are extracted).
  public static func load(_ file: String, requireFiles: Bool = true) throws -> RenderMatrix {
    let url = URL(fileURLWithPath: file)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw MatrixError("open \(file): no such file or directory")
    }
    let text = String(decoding: data, as: UTF8.self)
    try ProjectFileSchema.check(
      text, file: file, root: url.deletingLastPathComponent(), requireFiles: requireFiles)
    let document: Value
    do {
      document = try YAMLReader.unmarshalAny(text)
    } catch {
      throw MatrixError("\(file): \(error)")
    }
    return try RenderMatrix(document: document, root: url.deletingLastPathComponent(), file: file)
  }

  init(document: Value, root: URL, file: String) throws {
    self.root = root
    guard case .map(let top) = document else { throw MatrixError("\(file): the project file must be a map") }
    let defaultKube =
      (top["defaults"]?.mapValue?["kubeVersion"]?.stringValue) ?? KubeVersion.helmDefault.version
    guard case .list(let charts)? = top["charts"] else {
      throw MatrixError("\(file): `charts` must be a list")
    }
    var entries: [Entry] = []
    for (index, item) in charts.enumerated() {
      guard case .map(let chart) = item, let name = chart["name"]?.stringValue, !name.isEmpty else {
        throw MatrixError("\(file): charts[\(index)] needs a `name`")
      }
      let path = chart["path"]?.stringValue ?? "charts/\(name)"
      guard case .map(let environments)? = chart["environments"] else {
        throw MatrixError("\(file): chart \(name) needs `environments`")
      }
      for env in environments.sortedKeys {
        let spec = environments[env]?.mapValue ?? GoMap()
        entries.append(
          Entry(
            chart: name, environment: env, path: path,
            release: chart["release"]?.stringValue ?? name,
            namespace: chart["namespace"]?.stringValue ?? "default",
            kubeVersion: chart["kubeVersion"]?.stringValue ?? defaultKube,
            values: (spec["values"]?.sliceItems ?? []).compactMap(\.stringValue),
            set: (spec["set"]?.sliceItems ?? []).compactMap(\.stringValue),
            golden: "golden/\(name)/\(env).yaml",
            generated: try Self.generatedFields(spec["generated"], file: file, where: "\(name).\(env)"),
            budget: chart["budget"]?.stringValue ?? "\(path)/budgets.yaml"))
      }
    }
    self.entries = entries
  }

  /// `generated: [{kind, name, namespace?, path}]` of an environment.
  static func generatedFields(_ value: Value?, file: String, where place: String) throws -> [GeneratedField] {
    guard let value else { return [] }
    guard let items = value.sliceItems else {
      throw MatrixError("\(file): \(place): `generated` must be a list")
    }
    return try items.enumerated().map { index, item in
      guard case .map(let field) = item, let kind = field["kind"]?.stringValue,
        let name = field["name"]?.stringValue, let path = field["path"]?.stringValue, path.hasPrefix("/")
      else {
        throw MatrixError(
          "\(file): \(place): generated[\(index)] needs `kind`, `name` and a `path` that is a JSON pointer (/data/password)"
        )
      }
      return GeneratedField(kind: kind, name: name, namespace: field["namespace"]?.stringValue, path: path)
    }
  }

  /// The entries matching the `--chart` and `--env` filters (empty filters match all).
  public func filtered(charts: [String], environments: [String]) throws -> [Entry] {
    for chart in charts where !entries.contains(where: { $0.chart == chart }) {
      throw MatrixError("no chart named \"\(chart)\" in the render matrix")
    }
    for env in environments where !entries.contains(where: { $0.environment == env }) {
      throw MatrixError("no environment named \"\(env)\" in the render matrix")
    }
    return entries.filter {
      (charts.isEmpty || charts.contains($0.chart))
        && (environments.isEmpty || environments.contains($0.environment))
    }
  }

  /// The render request of an entry, with paths resolved against the project root.
  public func request(for entry: Entry) -> RenderRequest {
    var request = RenderRequest(chartPath: root.appendingPathComponent(entry.path).path)
    request.releaseName = entry.release
    request.namespace = entry.namespace
    request.kubeVersion = entry.kubeVersion
    request.valueFiles = entry.values.map { root.appendingPathComponent($0).path }
    request.valueExpressions = entry.set.map { ValueExpression(.set, $0) }
    return request
  }
}

/// A problem with the project file (`chartc.yaml`) or a matrix filter, worded for the user.
public struct MatrixError: Error, Sendable, CustomStringConvertible {
  public let description: String
  public init(_ description: String) { self.description = description }
}
