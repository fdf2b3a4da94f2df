import Charts
import Foundation
import GoLib
import Values
import YAML

/// Helm's `rules.Templates`: the chart renders in lint mode (`required` and `fail` give
/// ""), and each rendered YAML template of the chart decodes, starts without indent, names
/// its objects validly, uses no API deprecated in the target version, gives workloads a
/// selector and keeps `helm.sh/resource-policy` out of `List` items.
enum HelmTemplateRules {
  /// The lint-mode engine every lint render shares (its parsed templates are cached).
  static let engine = RenderEngine(lintMode: true)

  static func run(
    chartDir: String, chart loaded: Result<Chart, any Error>, options: HelmLintOptions,
    kubeVersion: KubeVersion?, into messages: inout [HelmLintMessage]
  ) {
    guard
      let chart = HelmLintFiles.chart(
        reading: "templates", of: chartDir, loaded, ifMissing: .warning, into: &messages)
    else { return }
    let rendered: [String: String]
    if let render = options.render {
      rendered = render.files
    } else {
      guard let files = lintModeRender(chart, options: options, chartDir: chartDir, into: &messages) else {
        return
      }
      rendered = files
    }
    let version = kubeVersion ?? KubeVersion.helmDefault
    check(chart, rendered: rendered, version: version, into: &messages)
  }

  /// Helm's own render for lint: lint mode, release `test-release`; nil when Helm's lint
  /// stops there (with its message, if it gives one).
  static func lintModeRender(
    _ chart: Chart, options: HelmLintOptions, chartDir: String, into messages: inout [HelmLintMessage]
  ) -> [String: String]? {
    let folder = "templates/"
    // lint gives up quietly when dependencies cannot be processed
    do {
      _ = try DependencyProcessing.process(chart, userValues: options.values.deepCopy())
    } catch {
      return nil
    }
    var request = RenderRequest(chartPath: chartDir)
    request.releaseName = "test-release"
    request.namespace = options.namespace
    request.kubeVersion = options.kubeVersion
    request.skipSchemaValidation = options.skipSchemaValidation
    do {
      let prepared = try ChartRenderer(engine: engine).prepare(
        chart: chart, userValues: options.values.deepCopy(), request: request, checkingKubeVersion: false)
      return try engine.render(chart: prepared.chart, top: prepared.top)
    } catch {
      messages.append(HelmLintMessage(.error, folder, "\(error)"))
      return nil
    }
  }

  /// The checks of each rendered YAML template of the chart.
  static func check(
    _ chart: Chart, rendered: [String: String], version: KubeVersion, into messages: inout [HelmLintMessage]
  ) {
    for template in chart.templates {
      let fileName = template.name
      let ext = HelmLintFiles.goExtension(fileName)
      if ![".yaml", ".yml", ".tpl", ".txt"].contains(ext) {
        messages.append(
          HelmLintMessage(
            .error, fileName,
            "file extension '\(ext)' not valid. Valid extensions are .yaml, .yml, .tpl, or .txt"))
      }
      let lower = ext.lowercased()
      guard lower == ".yaml" || lower == ".yml" else { continue }
      let content = rendered[chart.name + "/" + fileName] ?? ""
      guard !GoSpace.trim(content).isEmpty else { continue }
      if let indented = illegalIndent(content) {
        messages.append(
          HelmLintMessage(
            .warning, fileName,
            "document starts with an illegal indent: \(GoStrconv.quote(indented)), which may cause parsing problems"
          ))
      }
      for (index, document) in KubernetesYAMLDecoder.documents(content).enumerated() {
        let head: KubernetesYAMLDecoder.Head
        switch KubernetesYAMLDecoder.heads.value(of: document, KubernetesYAMLDecoder.decodeHead) {
        case .failure(let message):
          messages.append(HelmLintMessage(.error, fileName, "unable to parse YAML: " + message))
          return
        case .empty: continue
        case .head(let h): head = h
        }
        let subject = HelmLintSubject(
          apiVersion: head.apiVersion, kind: head.kind, name: head.name, index: index)
        if let problem = KubernetesNameValidation.helmMessage(name: head.name, kind: head.kind) {
          messages.append(HelmLintMessage(.warning, fileName, problem, subject: subject))
        }
        if let deprecation = deprecation(head, version: version) {
          messages.append(HelmLintMessage(.warning, fileName, deprecation, subject: subject))
        }
        if ["Deployment", "ReplicaSet", "DaemonSet", "StatefulSet"].contains(head.kind),
          !content.contains("matchLabels") && !content.contains("matchExpressions")
        {
          messages.append(
            HelmLintMessage(
              .error, fileName,
              "a \(head.kind) must contain matchLabels or matchExpressions, and \(GoStrconv.quote(head.name)) does not",
              subject: subject))
        }
        if head.kind == "List", listItemsHoldResourcePolicy(content) {
          messages.append(
            HelmLintMessage(
              .error, fileName, "annotation 'helm.sh/resource-policy' within List objects are ignored",
              subject: subject))
        }
      }
    }
  }

  /// The first non-blank line when it starts with a space or a tab.
  static func illegalIndent(_ content: String) -> String? {
    var rest = content[...]
    while !rest.isEmpty {
      let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
      var text = rest[..<end]
      rest = end == rest.endIndex ? rest[end...] : rest[rest.utf8.index(after: end)...]
      if text.hasSuffix("\r") { text = text.dropLast() }
      if GoSpace.trim(String(text)).isEmpty { continue }
      return text.hasPrefix(" ") || text.hasPrefix("\t") ? String(text) : nil
    }
    return nil
  }

  static func deprecation(_ head: KubernetesYAMLDecoder.Head, version: KubeVersion) -> String? {
    guard !head.apiVersion.isEmpty, !head.kind.isEmpty,
      let lifecycle = KubernetesAPILifecycle.of(apiVersion: head.apiVersion, kind: head.kind),
      let major = Int(version.major), let minor = Int(version.minor),
      lifecycle.isDeprecated(inMajor: major, minor: minor)
    else { return nil }
    return lifecycle.warning(apiVersion: head.apiVersion, kind: head.kind)
  }

  /// Whether an item of the (first) `List` document carries `helm.sh/resource-policy`.
  static func listItemsHoldResourcePolicy(_ content: String) -> Bool {
    guard case .map(let list)? = try? YAMLReader.unmarshalAny(content) else { return false }
    for item in list["items"]?.sliceItems ?? [] {
      if let annotations = item.mapValue?["metadata"]?.mapValue?["annotations"]?.mapValue,
        annotations["helm.sh/resource-policy"] != nil
      {
        return true
      }
    }
    return false
  }
}
