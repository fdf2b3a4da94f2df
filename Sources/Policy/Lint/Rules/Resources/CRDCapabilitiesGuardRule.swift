import Charts
import Checking
import Foundation
import GoLib

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
  /// Names of `define`d templates whose body mentions `.Capabilities`, itself or through
  /// the helpers it includes, however deep.
  let capabilityDefines: Set<String>

  init(_ chart: Chart) {
    var paths: [String: String] = [:]
    func add(_ chart: Chart, prefix: String) {
      for t in chart.templates { paths[prefix + t.name] = t.text }
      for d in chart.dependencies { add(d, prefix: prefix + "charts/" + d.name + "/") }
    }
    add(chart, prefix: chart.name + "/")
    byPath = paths
    var bodies: [String: Substring] = [:]
    for text in paths.values {
      for (name, body) in Self.defines(in: text) { bodies[name] = body }
    }
    // A helper asks when its body does or when a helper it names asks: grow the set until
    // no helper joins it (each round adds one, so cycles of includes end too).
    var asking = Set(bodies.filter { ByteSearch.contains($0.value, ".Capabilities") }.keys)
    var grew = true
    while grew {
      grew = false
      for (name, body) in bodies where !asking.contains(name) {
        if asking.contains(where: { ByteSearch.contains(body, "\"\($0)\"") }) {
          asking.insert(name)
          grew = true
        }
      }
    }
    capabilityDefines = asking
  }

  /// The `define`d (or `block`) templates of a file with their bodies, each body running to
  /// the `end` that closes it (nested `if`, `range`, `with` and `block` actions skipped).
  static func defines(in text: String) -> [(name: String, body: Substring)] {
    var found: [(name: String, body: Substring)] = []
    var open: (name: String, start: String.Index)?
    var depth = 0
    var rest = text[...]
    while let start = ByteSearch.range(of: "{{", in: rest) {
      guard let close = ByteSearch.range(of: "}}", in: rest, from: start.upperBound) else { break }
      let action = rest[start.upperBound..<close.lowerBound].drop { $0 == "-" || $0.isWhitespace }
      let keyword = action.prefix { $0.isLetter }
      switch keyword {
      case "define" where depth == 0, "block" where depth == 0:
        if let q = action.firstIndex(of: "\""), let e = action[action.index(after: q)...].firstIndex(of: "\"")
        {
          open = (String(action[action.index(after: q)..<e]), close.upperBound)
        }
        depth = 1
      case "define", "if", "range", "with", "block":
        if depth > 0 { depth += 1 }
      case "end" where depth > 0:
        depth -= 1
        if depth == 0, let o = open {
          found.append((o.name, text[o.start..<start.lowerBound]))
          open = nil
        }
      default: break
      }
      rest = rest[close.upperBound...]
    }
    return found
  }

  func text(of path: String) -> String? { byPath[path] }

  /// Whether a template asks the Capabilities, itself or through a helper it includes.
  func asksCapabilities(_ text: String) -> Bool {
    if ByteSearch.contains(text, ".Capabilities.APIVersions") { return true }
    return capabilityDefines.contains { ByteSearch.contains(text, "\"\($0)\"") }
  }
}
