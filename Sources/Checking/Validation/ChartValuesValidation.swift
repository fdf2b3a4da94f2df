import Charts
import Foundation
import Template
import Validation
import Values
import YAML

/// `chartc validate --values CHART [-f FILE]... [--set ...]`: the chart's values merged as
/// Helm merges them (chart defaults, subchart defaults, `-f` files, `--set` expressions),
/// validated against the `values.schema.json` of the chart and of each enabled subchart.
/// Each error is placed where the offending value was given: the `--set` expression, or the
/// file and line of the last values file (then the charts' own values.yaml) that sets it.
public enum ChartValuesValidation {
  /// A values.schema.json that does not compile.
  public struct SchemaFailure: Error, Sendable, CustomStringConvertible {
    public let description: String
  }

  /// One result per chart that has a schema; loading and merging errors are rethrown as
  /// the render reports them.
  public static func validate(chartPath: String, valueFiles: [String], expressions: [ValueExpression]) throws
    -> [ManifestResult]
  {
    var request = RenderRequest(chartPath: chartPath)
    request.valueFiles = valueFiles.flatMap { $0.split(separator: ",").map(String.init) }
    request.valueExpressions = expressions
    request.skipSchemaValidation = true
    let (chart, values): (Chart, Value) = try LargeStack.run {
      let prepared = try ChartRenderer().prepare(
        chart: try ChartLoader.load(path: chartPath), userValues: try UserValues.load(request),
        request: request)
      return (prepared.chart, prepared.top["Values"] ?? .null)
    }
    let sources = ValueSources(chartPath: chartPath, valueFiles: request.valueFiles, expressions: expressions)
    var results: [ManifestResult] = []
    try collect(chart, values: values, prefix: "", chain: [], sources: sources, into: &results)
    return results
  }

  /// Validates `chart`'s section of the values, then its enabled subcharts' sections.
  private static func collect(
    _ chart: Chart, values: Value, prefix: String, chain: [Chart], sources: ValueSources,
    into results: inout [ManifestResult]
  ) throws {
    let chain = chain + [chart]
    if let schemaBytes = chart.schema {
      let schema: CompiledSchema
      do {
        schema = try CompiledSchemaCache.shared.compile(text: String(decoding: schemaBytes, as: UTF8.self))
      } catch {
        throw SchemaFailure(description: "\(chart.fullPath)/values.schema.json: \(error)")
      }
      let errors = schema.validate(values).map { error in
        let pointer = prefix + error.instancePath
        return ManifestError(
          path: pointer, keyword: error.keyword, message: error.message,
          sourceLocation: sources.place(of: pointer, keyword: error.keyword, chain: chain))
      }
      results.append(
        ManifestResult(
          source: sources.schemaFile(of: chain), documentIndex: 0, apiVersion: "", kind: "Values",
          name: chart.fullPath, namespace: "", status: errors.isEmpty ? .valid : .invalid, errors: errors))
    }
    guard case .map(let map) = values else { return }
    for child in chart.dependencies {
      guard let section = map[child.name], case .map = section else { continue }
      try collect(
        child, values: section, prefix: prefix + "/" + pointerToken(child.name), chain: chain,
        sources: sources,
        into: &results)
    }
  }

  static func pointerToken(_ key: String) -> String {
    JSONPointerToken.escape(key)
  }
}

/// Where each value of a merged values tree came from, in Helm's precedence order.
struct ValueSources {
  var chartPath: String
  var valueFiles: [String]
  var expressions: [ValueExpression]
  private var documents: [String: ManifestDocument] = [:]

  init(chartPath: String, valueFiles: [String], expressions: [ValueExpression]) {
    self.chartPath = chartPath
    self.valueFiles = valueFiles
    self.expressions = expressions
    for file in valueFiles where file != "-" {
      if let document = Self.read(file) { documents[file] = document }
    }
  }

  static func read(_ path: String) -> ManifestDocument? {
    guard let data = FileManager.default.contents(atPath: path),
      let document = try? ManifestReader.read(String(decoding: data, as: UTF8.self)).first
    else { return nil }
    return document
  }

  /// The folder of a chart of the tree on disk, when the chart was loaded from a folder.
  func folder(of chain: [Chart]) -> String? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: chartPath, isDirectory: &isDirectory), isDirectory.boolValue
    else { return nil }
    var folder = chartPath
    for chart in chain.dropFirst() {
      let candidate = folder + "/charts/" + chart.name
      guard FileManager.default.fileExists(atPath: candidate) else { return nil }
      folder = candidate
    }
    return folder
  }

  /// The `values.schema.json` of the last chart of `chain` (root first).
  func schemaFile(of chain: [Chart]) -> String {
    (folder(of: chain).map { $0 + "/values.schema.json" })
      ?? (chain.last?.fullPath ?? "") + "/values.schema.json"
  }

  /// `--set key=value`, `file:line`, or nil when no source sets the value.
  func place(of pointer: String, keyword: String, chain: [Chart]) -> String? {
    let dotted = pointer.split(separator: "/").map { JSONPointerToken.unescape($0) }
    for expression in expressions.reversed() {
      for assignment in expression.text.split(separator: ",") {
        guard let equals = assignment.firstIndex(of: "=") else { continue }
        let key = assignment[..<equals].replacingOccurrences(of: "[", with: ".").replacingOccurrences(
          of: "]", with: ""
        )
        .split(separator: ".").map(String.init)
        if !dotted.isEmpty && (dotted.starts(with: key) || key.starts(with: dotted)) {
          return "--\(expression.kind.rawValue) \(assignment)"
        }
      }
    }
    for file in valueFiles.reversed() {
      if let document = documents[file], !pointer.isEmpty, let node = document.node(atPointer: pointer) {
        return "\(file):\(Self.line(of: node, pointer: pointer, in: document))"
      }
    }
    // the charts' own values.yaml, the parent's first (a parent's values override its subcharts')
    for (depth, _) in chain.enumerated() {
      guard let folder = folder(of: Array(chain.prefix(depth + 1))) else { continue }
      let relative = chain.prefix(depth + 1).dropFirst().reduce(pointer) { rest, chart in
        let prefix = "/" + ChartValuesValidation.pointerToken(chart.name)
        return rest.hasPrefix(prefix) ? String(rest.dropFirst(prefix.count)) : rest
      }
      let file = folder + "/values.yaml"
      if let document = Self.read(file), let node = document.node(atPointer: relative) {
        return "\(file):\(Self.line(of: node, pointer: relative, in: document))"
      }
    }
    if let last = valueFiles.last, let document = documents[last],
      let node = document.nearestNode(toPointer: pointer)
    {
      return "\(last):\(node.mark.line)"
    }
    return nil
  }

  /// The line of the key that holds the value (a block value starts on the next line).
  static func line(of node: YAMLNode, pointer: String, in document: ManifestDocument) -> Int {
    let error = ManifestError(path: pointer, keyword: "type", message: "")
    return ManifestErrorLocator.mark(of: error, in: document)?.line ?? node.mark.line
  }
}
