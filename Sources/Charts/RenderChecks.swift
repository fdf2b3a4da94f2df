import Foundation
import Functions
import Validation
import Values
import YAML

/// Helm's pre-render check that every Chart.yaml dependency was loaded from `charts/`.
enum DependencyCheck {
  static func requireLoaded(_ chart: Chart) throws {
    let loaded = Set(chart.dependencies.map(\.name))
    let missing = chart.metadata.dependencies.compactMap { $0 }.map(\.name).filter { !loaded.contains($0) }
    guard missing.isEmpty else {
      throw RenderError(
        "an error occurred while checking for chart dependencies. You may need to run 'helm dependency build' to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: "
          + missing.joined(separator: ", "))
    }
  }
}

/// Validation of the coalesced values against each chart's `values.schema.json`.
enum ValuesSchemaCheck {
  static func validate(chart: Chart, values: GoMap) throws {
    var sections: [String] = []
    try collect(chart, values: .map(values), into: &sections)
    if !sections.isEmpty { throw RenderError(HelmSchemaErrorFormatter.message(sections: sections)) }
  }

  private static func collect(_ chart: Chart, values: Value, into sections: inout [String]) throws {
    if let schemaBytes = chart.schema {
      do {
        let schema = try CompiledSchemaCache.shared.compile(
          text: String(decoding: schemaBytes, as: UTF8.self))
        if let section = HelmValuesSchema.section(chartName: chart.name, schema: schema, values: values) {
          sections.append(section)
        }
      } catch {
        sections.append(HelmValuesSchema.section(chartName: chart.name, loadError: error))
      }
    }
    guard case .map(let map) = values else { return }
    for child in chart.dependencies {
      guard let sub = map[child.name], !sub.isNil else { continue }
      guard case .map = sub else {
        sections.append(HelmValuesSchema.section(chartName: child.name, nonMapValues: sub))
        continue
      }
      try collect(child, values: sub, into: &sections)
    }
  }
}

/// The chart's `kubeVersion` constraint against the target Kubernetes version.
enum KubeVersionCheck {
  static func check(_ chart: Chart, against kube: KubeVersion) throws {
    let constraint = chart.metadata.kubeVersion
    guard !constraint.isEmpty else { return }
    if !DependencyProcessing.isCompatible(constraint: constraint, version: kube.normalizedVersion) {
      throw RenderError(
        "chart requires kubeVersion: \(constraint) which is incompatible with Kubernetes \(kube.normalizedVersion)",
        isRenderStage: true)
    }
  }
}

/// Reads and merges the user's value sources of a render request, as Helm's
/// `values.Options.MergeValues` does.
public enum UserValues {
  public static func load(_ request: RenderRequest) throws -> GoMap {
    var files: [GoMap] = []
    for path in request.valueFiles {
      let data: Data
      if path == "-" {
        data = FileHandle.standardInput.readDataToEndOfFile()
      } else {
        data = try UserFile.read(path)
      }
      if let problem = YAMLInputEncoding.problem([UInt8](data)) {
        throw RenderError(
          "failed to parse \(path): cannot unmarshal yaml document: error converting YAML to JSON: yaml: \(problem)"
        )
      }
      let text = String(decoding: data, as: UTF8.self)
      do {
        files.append(try ValuesReader.read(text, fileName: path).mapValue ?? GoMap())
      } catch {
        throw RenderError("failed to parse \(path): \(error)")
      }
    }
    func texts(_ kind: ValueExpression.Kind) -> [String] {
      request.valueExpressions.filter { $0.kind == kind }.map(\.text)
    }
    let flags = UserValueFlags(
      valueFiles: files, jsonValues: texts(.json), values: texts(.set), stringValues: texts(.string),
      fileValues: texts(.file), literalValues: texts(.literal))
    do {
      return try flags.merge(
        fileReader: { path in
          .string(String(decoding: try UserFile.read(path), as: UTF8.self))
        },
        jsonDecoder: SetParser.decodeJSONPrefix)
    } catch {
      throw RenderError(error.description)
    }
  }
}

/// A file named on the command line (`-f`, `--set-file`), read with the errors Go's
/// `os.ReadFile` reports.
enum UserFile {
  static func read(_ path: String) throws -> Data {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw RenderError("open \(path): no such file or directory")
    }
    if isDirectory.boolValue { throw RenderError("read \(path): is a directory") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RenderError("open \(path): permission denied")
    }
    return data
  }
}
