import Checking
import Foundation
import YAML

/// Reads the `lint:` section of `chartc.yaml` or a chart's `.chartc.yaml`, refusing unknown
/// keys and unknown rule ids with their file and line.
public struct LintConfigurationReader: Sendable {
  /// Every rule id a configuration may name.
  public let knownRules: Set<String>

  public init(knownRules: Set<String>) { self.knownRules = knownRules }

  /// The configuration in `file` (none when it does not exist or has no `lint:` section).
  /// `chartLevel`: a `.chartc.yaml`, whose exclusions need no `charts`.
  public func read(file: String, chartLevel: Bool = false) -> LintConfiguration {
    var configuration = LintConfiguration()
    guard let data = FileManager.default.contents(atPath: file) else { return configuration }
    let document: ManifestDocument
    do {
      document = try ManifestReader.readDocument(String(decoding: data, as: UTF8.self))
    } catch {
      configuration.problems.append(problem(file, 1, "\(error)"))
      return configuration
    }
    guard let root = document.root?.resolved, root.kind == .mapping else { return configuration }
    guard let lint = root.pairs.first(where: { $0.key.value == "lint" })?.value.resolved else {
      if chartLevel {
        for (key, _) in root.pairs {
          configuration.problems.append(
            problem(file, key.mark.line, "unknown key \"\(key.value)\" (expected lint)"))
        }
      }
      return configuration
    }
    guard lint.kind == .mapping else {
      configuration.problems.append(problem(file, lint.mark.line, "lint must be a mapping"))
      return configuration
    }
    for (key, value) in lint.pairs {
      switch key.value {
      case "rules": readRules(value.resolved, file: file, into: &configuration)
      case "exclude": readExclusions(value.resolved, file: file, into: &configuration)
      case "external": readExternal(value.resolved, file: file, into: &configuration)
      default:
        configuration.problems.append(
          problem(
            file, key.mark.line, "unknown key \"lint.\(key.value)\" (expected rules, exclude or external)"))
      }
    }
    return configuration
  }

  private func problem(_ file: String, _ line: Int, _ message: String) -> Finding {
    Finding(
      rule: "lint-config", severity: .error, message: message,
      place: SourcePlace(file: file, line: line, isTemplateLine: false))
  }

  private func checkRule(_ id: String, at node: YAMLNode, file: String, into c: inout LintConfiguration)
    -> Bool
  {
    if id == "*" || knownRules.contains(id) { return true }
    c.problems.append(problem(file, node.mark.line, "unknown rule \"\(id)\""))
    return false
  }

  private func readRules(_ node: YAMLNode, file: String, into c: inout LintConfiguration) {
    guard node.kind == .mapping else {
      c.problems.append(
        problem(file, node.mark.line, "lint.rules must map rule ids to off, info, warning or error"))
      return
    }
    for (key, value) in node.pairs {
      guard checkRule(key.value, at: key, file: file, into: &c) else { continue }
      let v = value.resolved
      var text = v.value
      if v.kind == .mapping {
        text = ""
        for (k, inner) in v.pairs {
          switch k.value {
          case "severity": if text.isEmpty { text = inner.resolved.value }
          case "enabled": if ["false", "no", "off"].contains(inner.resolved.value) { text = "off" }
          default:
            c.problems.append(
              problem(file, k.mark.line, "unknown key \"\(k.value)\" (expected severity or enabled)"))
          }
        }
      }
      switch text {
      case "off", "false", "disabled": c.rules[key.value] = .off
      case "info", "warning", "error", "on", "true", "enabled":
        c.rules[key.value] = Severity(rawValue: text).map { .severity($0) } ?? c.rules[key.value]
      default:
        c.problems.append(
          problem(file, v.mark.line, "rule \"\(key.value)\": \"\(text)\" is not off, info, warning or error"))
      }
    }
  }

  private func strings(_ node: YAMLNode) -> [String] {
    let n = node.resolved
    if n.kind == .sequence { return n.children.map { $0.resolved.value } }
    return n.kind == .scalar && !n.value.isEmpty ? [n.value] : []
  }

  private func readExclusions(_ node: YAMLNode, file: String, into c: inout LintConfiguration) {
    guard node.kind == .sequence else {
      c.problems.append(problem(file, node.mark.line, "lint.exclude must be a list"))
      return
    }
    for item in node.children.map(\.resolved) {
      guard item.kind == .mapping else {
        c.problems.append(problem(file, item.mark.line, "an exclusion must be a mapping"))
        continue
      }
      var exclusion = LintConfiguration.Exclusion(rules: [], reason: "", origin: "\(file):\(item.mark.line)")
      for (key, value) in item.pairs {
        switch key.value {
        case "rules", "rule":
          for rule in strings(value) where checkRule(rule, at: value, file: file, into: &c) {
            exclusion.rules.append(rule)
          }
        case "charts", "chart": exclusion.charts = strings(value)
        case "environments", "environment": exclusion.environments = strings(value)
        case "kinds", "kind": exclusion.kinds = strings(value)
        case "names", "name": exclusion.names = strings(value)
        case "reason": exclusion.reason = value.resolved.value
        default:
          c.problems.append(
            problem(
              file, key.mark.line,
              "unknown key \"\(key.value)\" (expected rules, charts, environments, kinds, names or reason)"))
        }
      }
      if exclusion.rules.isEmpty {
        c.problems.append(problem(file, item.mark.line, "an exclusion needs rules"))
        continue
      }
      if exclusion.reason.trimmingCharacters(in: .whitespaces).isEmpty {
        c.problems.append(problem(file, item.mark.line, "an exclusion needs a reason"))
        continue
      }
      c.exclusions.append(exclusion)
    }
  }

  private func readExternal(_ node: YAMLNode, file: String, into c: inout LintConfiguration) {
    guard node.kind == .sequence else {
      c.problems.append(problem(file, node.mark.line, "lint.external must be a list of {kind, name}"))
      return
    }
    for item in node.children.map(\.resolved) {
      var kind = ""
      var name = ""
      for (key, value) in item.pairs {
        switch key.value {
        case "kind": kind = value.resolved.value
        case "name": name = value.resolved.value
        default:
          c.problems.append(
            problem(file, key.mark.line, "unknown key \"\(key.value)\" (expected kind or name)"))
        }
      }
      if kind.isEmpty || name.isEmpty {
        c.problems.append(problem(file, item.mark.line, "an external reference needs kind and name"))
      } else {
        c.externalReferences.append(LintConfiguration.ExternalReference(kind: kind, name: name))
      }
    }
  }
}
