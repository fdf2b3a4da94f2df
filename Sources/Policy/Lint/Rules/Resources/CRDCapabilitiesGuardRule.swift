import Charts
import Checking
import Foundation

/// `crd-capabilities-guard`: an object of a custom resource kind (ServiceMonitor,
/// Certificate, VirtualService...) rendered by a template that never asks
/// `.Capabilities.APIVersions.Has` whether the cluster serves the kind, while the chart does
/// not ship the CRD.
public struct CRDCapabilitiesGuardRule: CataloguedRule {
  public init() {}
  public let about = LintRuleDescription.crdCapabilitiesGuard

  public func check(_ release: RenderedRelease) -> [Finding] {
    var shipped = Set(
      release.objects.filter { $0.kind == "CustomResourceDefinition" }.compactMap {
        $0.value.field("spec", "names", "kind")?.text
      })
    for file in release.crdFiles {
      for line in file.text.split(separator: "\n") {
        let t = line.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("kind:") && !t.contains("CustomResourceDefinition") {
          shipped.insert(
            t.dropFirst(5).trimmingCharacters(in: .whitespaces).trimmingCharacters(
              in: CharacterSet(charactersIn: "\"'")))
        }
      }
    }
    let sources = TemplateSources(release.chart)
    var out: [Finding] = []
    var seenTemplates: Set<String> = []
    for object in release.objects where Self.isCustomKind(object) && !shipped.contains(object.kind) {
      guard let text = sources.text(of: object.template), !sources.asksCapabilities(text) else { continue }
      guard seenTemplates.insert(object.template + "|" + object.kind).inserted else { continue }
      out.append(
        finding(
          "\(object.apiVersion) \(object.kind) is rendered without a .Capabilities.APIVersions.Has check and the chart does not ship its CRD",
          on: object, at: "/apiVersion"))
    }
    return out
  }

  /// Whether the object's API group is not one Kubernetes serves itself.
  static func isCustomKind(_ object: RenderedObject) -> Bool {
    let group = object.reference.group
    return group.contains(".") && !group.hasSuffix(".k8s.io") && !object.kind.isEmpty
  }
}

/// The template sources of a chart and its subcharts, by the path Helm names them
/// (`chart/templates/x.yaml`, `chart/charts/sub/templates/y.yaml`).
struct TemplateSources {
  let byPath: [String: String]
  /// Names of `define`d templates whose body mentions `.Capabilities`.
  let capabilityDefines: Set<String>

  init(_ chart: Chart) {
    var paths: [String: String] = [:]
    func add(_ chart: Chart, prefix: String) {
      for t in chart.templates { paths[prefix + t.name] = t.text }
      for d in chart.dependencies { add(d, prefix: prefix + "charts/" + d.name + "/") }
    }
    add(chart, prefix: chart.name + "/")
    byPath = paths
    var defines: Set<String> = []
    for text in paths.values {
      var rest = Substring(text)
      while let r = rest.range(of: "define \"") {
        let after = rest[r.upperBound...]
        guard let close = after.firstIndex(of: "\"") else { break }
        let name = String(after[..<close])
        let body = after[close...]
        let end = body.range(of: "{{- end") ?? body.range(of: "{{ end")
        let bodyText = end.map { body[..<$0.lowerBound] } ?? body
        if bodyText.contains(".Capabilities") { defines.insert(name) }
        rest = after[close...]
      }
    }
    capabilityDefines = defines
  }

  func text(of path: String) -> String? { byPath[path] }

  /// Whether a template asks the Capabilities, itself or through a helper it includes.
  func asksCapabilities(_ text: String) -> Bool {
    if text.contains(".Capabilities.APIVersions") { return true }
    return capabilityDefines.contains { text.contains("\"\($0)\"") }
  }
}
