import Foundation
import Functions
import GoLib
import Synchronization
import Template
import Values
import YAML

/// Helm's template engine over a processed chart tree (`pkg/engine`): every template of the
/// chart and its enabled subcharts is parsed into one set, in Helm's order, and every
/// non-partial template is executed with its chart's scoped data.
public struct RenderEngine: Sendable {
  /// The function table every render starts from: Sprig, Helm's serialisation functions
  /// and `required`/`fail`. `include`, `tpl` and `lookup` are added per render.
  public let baseFunctions: FunctionTable
  /// Parsed template sets of recent renders, reused when a render parses the same files.
  private let parsedSets = ParsedTemplateSets()

  /// When set, the source map of every rendered file is stored there (`render --validate`).
  public var sourceMaps: RenderSourceMaps? = nil

  public init(lintMode: Bool = false) {
    var table = SprigLibrary.functions(lintMode: lintMode)
    table.merge(HelmFunctions.yamlFunctions)
    baseFunctions = table
  }

  /// Every function name a template can call: Go's builtins, Sprig's and Helm's.
  public var allFunctionNames: [String] {
    var names = Set(baseFunctions.functions.keys)
    names.formUnion(HelmFunctions.engineFunctions().functions.keys)
    names.formUnion(TemplateSet.builtinFunctionNames)
    return names.sorted()
  }

  /// One template to render, with the data (`.`) of its chart.
  struct Renderable {
    let text: String
    let data: GoMap
    let basePath: String
  }

  /// Renders `chart` with `top`: the top-level data (`Values`, `Release`, `Capabilities`)
  /// for the root chart. Returns template path → rendered text (partials excluded).
  public func render(chart: Chart, top: GoMap) throws(RenderError) -> [String: String] {
    var templates: [String: Renderable] = [:]
    collect(chart, parentData: top, into: &templates)

    let keys = RenderEngine.parseOrder(templates.keys)
    let sources = keys.map { ParsedTemplateSets.Source(name: $0, text: templates[$0]!.text) }
    // A parsed set is taken out of the cache for this render and put back afterwards, so
    // concurrent renders never share one (its `include` counter and `tpl` cache).
    let set: TemplateSet
    if let cached = parsedSets.take(sources) { set = cached } else { set = try parse(sources) }
    var rendered: [String: String] = [:]
    rendered.reserveCapacity(keys.count)
    for key in keys {
      if RenderEngine.baseName(key).hasPrefix("_") { continue }
      let item = templates[key]!
      item.data["Template"] = .map(
        GoMap(["Name": .string(key), "BasePath": .string(item.basePath)], goTypeName: "common.Values"))
      do {
        if let sourceMaps {
          let recorded = try set.executeRecordingSourceMap(name: key, data: .map(item.data))
          let stripped = NoValueStripping.strip(recorded.output)
          rendered[key] = stripped
          var map = recorded.sourceMap
          if stripped.utf8.count != recorded.output.utf8.count {
            map = map.removingOccurrences(
              of: Array(NoValueStripping.marker.utf8), from: Array(recorded.output.utf8))
          }
          sourceMaps.store(map, for: key)
        } else {
          let output = try set.execute(name: key, data: .map(item.data))
          rendered[key] = NoValueStripping.strip(output)
        }
      } catch {
        // Helm parses every file before it runs any: a parse error anywhere comes first
        try RenderEngine.checkDeferredBodies(of: set)
        throw RenderError(HelmErrorFormatter.format(error), isRenderStage: true)
      }
    }
    try RenderEngine.checkDeferredBodies(of: set)
    parsedSets.put(set, for: sources)
    ExitTeardown.keep(set)
    ExitTeardown.keep(templates)
    return rendered
  }

  /// A fresh set with every file of `sources` parsed in order.
  private func parse(_ sources: [ParsedTemplateSets.Source]) throws(RenderError) -> TemplateSet {
    var functions = baseFunctions
    functions.merge(HelmFunctions.engineFunctions())
    let set = TemplateSet(name: "gotpl", functions: functions, defersBodies: true)
    for source in sources {
      do {
        try set.parse(name: source.name, text: source.text)
      } catch {
        // an earlier file's error, in a body not parsed yet, is the one Helm reports
        try RenderEngine.checkDeferredBodies(of: set)
        throw RenderError(HelmErrorFormatter.format(error), isRenderStage: true)
      }
    }
    return set
  }

  /// The bodies of `define`s and branches are parsed when a render reaches them; before a
  /// render's output or error is used, the others are parsed without building anything, and
  /// the first file with a parse error fails the render as Helm's parse of it does.
  private static func checkDeferredBodies(of set: TemplateSet) throws(RenderError) {
    do {
      try set.checkDeferredBodies()
    } catch {
      throw RenderError(HelmErrorFormatter.format(error), isRenderStage: true)
    }
  }

  /// Builds each chart's `.` (Go's `recAllTpls`) and records its templates.
  @discardableResult
  private func collect(_ chart: Chart, parentData: GoMap, into templates: inout [String: Renderable]) -> GoMap
  {
    let subcharts = GoMap()
    let data = GoMap()
    data["Chart"] = chart.metadata.templateObject(isRoot: chart.isRoot)
    data["Files"] = .object(ChartFilesObject(files: chart.exposedFiles) { YAMLWriter.toYaml($0) ?? "" })
    data["Release"] = parentData["Release"] ?? .null
    data["Capabilities"] = parentData["Capabilities"] ?? .null
    if chart.isRoot {
      data["Values"] = parentData["Values"] ?? .map(GoMap(goTypeName: "common.Values"))
    } else if case .map(let parentValues)? = parentData["Values"],
      case .map(let own)? = parentValues[chart.name]
    {
      data["Values"] = .map(own)
    } else {
      data["Values"] = .map(GoMap(goTypeName: "common.Values"))
    }
    data["Subcharts"] = .map(subcharts)
    for child in chart.dependencies {
      subcharts[child.name] = .map(collect(child, parentData: data, into: &templates))
    }
    let fullPath = chart.fullPath
    let isLibrary = chart.metadata.isLibrary
    for template in chart.templates {
      if isLibrary && !RenderEngine.baseName(template.name).hasPrefix("_") { continue }
      templates[fullPath + "/" + template.name] = Renderable(
        text: template.text, data: data, basePath: fullPath + "/templates")
    }
    return data
  }

  /// Helm's parse and execution order: more path segments first, then descending bytewise.
  static func parseOrder<S: Sequence>(_ keys: S) -> [String] where S.Element == String {
    // each key's segments counted once, not at every comparison
    let keyed: [(key: String, slashes: Int)] = keys.map { key in
      (key, key.utf8.count { $0 == UInt8(ascii: "/") })
    }
    return keyed.sorted { a, b in a.slashes != b.slashes ? a.slashes > b.slashes : goStringLess(b.key, a.key)
    }
    .map(\.key)
  }

  /// What follows the last `/` of `path` (all of it without one), found on its bytes.
  static func baseName(_ path: String) -> Substring {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return Substring(path) }
    return path[path.utf8.index(after: slash)...]
  }
}

/// A render failure, worded as Helm words it.
public struct RenderError: Error, Sendable, CustomStringConvertible, Equatable {
  public let description: String
  /// Whether the failure happened while rendering or assembling (Helm then suggests
  /// `--debug` to see the invalid YAML).
  public let isRenderStage: Bool
  public init(_ description: String, isRenderStage: Bool = false) {
    self.description = description
    self.isRenderStage = isRenderStage
  }
}

/// The template source maps of a render, by rendered file (`templates/x.yaml` path as in the
/// output): filled by `RenderEngine` when it has one; safe to share across tasks.
public final class RenderSourceMaps: Sendable {
  private let maps = Mutex<[String: TemplateSourceMap]>([:])

  public init() {}

  func store(_ map: TemplateSourceMap, for file: String) {
    maps.withLock { $0[file] = map }
  }

  /// The map of a rendered file (its offsets are offsets in the rendered text).
  public subscript(file: String) -> TemplateSourceMap? {
    maps.withLock { $0[file] }
  }
}
