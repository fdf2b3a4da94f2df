import Charts
import Foundation
import GoLib
import Values
import YAML

/// Helm's `rules.Chartfile`: the checks of `Chart.yaml` itself, in Helm's order and words.
enum HelmChartfileRules {
  static func run(chartDir: String, into messages: inout [HelmLintMessage]) {
    let file = "Chart.yaml"
    let path = (chartDir as NSString).appendingPathComponent(file)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      messages.append(HelmLintMessage(.error, file, "should be a file, not a directory"))
    }
    let metadata: ChartMetadata
    let raw: Value
    let text: String
    do {
      text = try HelmLintFiles.read(path)
      raw = try YAMLReader.unmarshalAny(text)
      metadata = try ChartMetadata(decoding: raw)
    } catch {
      messages.append(
        HelmLintMessage(.error, file, "unable to parse YAML\n\t" + HelmLintFiles.unprefixed(error)))
      return
    }
    if let problem = strictProblem(text: text, raw: raw) {
      messages.append(
        HelmLintMessage(.warning, file, "failed to strictly parse chart metadata file\n\t" + problem))
    }
    let rawMap = raw.mapValue ?? GoMap()
    func add(_ level: HelmLintMessage.Level, _ message: String?) {
      if let message { messages.append(HelmLintMessage(level, file, message)) }
    }
    // the loader defaults an empty apiVersion to v1; Helm's lint reads the file as written
    let writtenAPIVersion = rawMap["apiVersion"].map { !$0.isNil && $0.stringValue != "" } ?? false
    let apiVersion = writtenAPIVersion ? metadata.apiVersion : ""
    add(.error, nameProblem(metadata.name))
    add(.error, apiVersionProblem(apiVersion))
    add(.error, stringTypeProblem(rawMap, "version"))
    add(.error, versionProblem(metadata.version))
    add(.error, stringTypeProblem(rawMap, "appVersion"))
    add(.error, maintainerProblem(metadata.maintainers))
    add(
      .error,
      metadata.sources.first { $0.isEmpty || !GoValidator.isRequestURL($0) }.map {
        "invalid source URL '\($0)'"
      })
    add(.info, metadata.icon.isEmpty ? "icon is recommended" : nil)
    add(
      .error,
      !metadata.icon.isEmpty && !GoValidator.isRequestURL(metadata.icon)
        ? "invalid icon URL '\(metadata.icon)'" : nil)
    add(
      .error,
      !metadata.type.isEmpty && apiVersion != ChartMetadata.apiVersionV2
        ? "chart type is not valid in apiVersion '\(apiVersion)'. It is valid in apiVersion 'v2'" : nil)
    add(
      .error,
      !metadata.dependencies.isEmpty && apiVersion != ChartMetadata.apiVersionV2
        ? "dependencies are not valid in the Chart file with apiVersion '\(apiVersion)'. They are valid in apiVersion 'v2'"
        : nil)
    add(
      .warning,
      StrictSemver.isValid(metadata.version) ? nil : "version '\(metadata.version)' is not a valid SemVerV2")
  }

  static func nameProblem(_ name: String) -> String? {
    if name.isEmpty { return "name is required" }
    if HelmLintFiles.goPathBase(name) != name { return "chart name \(GoStrconv.quote(name)) is invalid" }
    return nil
  }

  static func apiVersionProblem(_ apiVersion: String) -> String? {
    if apiVersion.isEmpty { return "apiVersion is required. The value must be either \"v1\" or \"v2\"" }
    if apiVersion != "v1" && apiVersion != "v2" {
      return "apiVersion '\(apiVersion)' is not valid. The value must be either \"v1\" or \"v2\""
    }
    return nil
  }

  /// `%T` of a value sigs.k8s.io/yaml decoded into `map[string]interface{}`.
  static func stringTypeProblem(_ map: GoMap, _ key: String) -> String? {
    guard let value = map[key] else { return nil }
    let type: String
    switch value {
    case .string: return nil
    case .null: type = "<nil>"
    case .bool: type = "bool"
    case .list: type = "[]interface {}"
    case .map: type = "map[string]interface {}"
    default: type = "float64"
    }
    return "\(key) should be of type string but it's of type \(type)"
  }

  static func versionProblem(_ version: String) -> String? {
    if version.isEmpty { return "version is required" }
    if !isValidLenientSemver(version) { return "version '\(version)' is not a valid SemVer" }
    return nil
  }

  static func maintainerProblem(_ maintainers: [ChartMaintainer?]) -> String? {
    for maintainer in maintainers {
      guard let m = maintainer else { return "a maintainer entry is empty" }
      if m.name.isEmpty { return "each maintainer requires a name" }
      if !m.email.isEmpty && !GoValidator.isEmail(m.email) {
        return "invalid email '\(m.email)' for maintainer '\(m.name)'"
      }
      if !m.url.isEmpty && !GoValidator.isURL(m.url) {
        return "invalid url '\(m.url)' for maintainer '\(m.name)'"
      }
    }
    return nil
  }

  /// What `StrictLoadChartfile` adds to the plain load: duplicate keys (go-yaml's strict
  /// mode) and fields `chart.Metadata` does not declare (the JSON decoder's
  /// `DisallowUnknownFields`, which meets keys in sorted order).
  static func strictProblem(text: String, raw: Value) -> String? {
    if let duplicate = YAMLDuplicateKeys.first(in: text) {
      return
        "error converting YAML to JSON: yaml: unmarshal errors:\n  line \(duplicate.line): key \(GoStrconv.quote(duplicate.key)) already set in map"
    }
    guard case .map(let top) = raw else { return nil }
    return unknownField(in: top, known: metadataFields)
  }

  private static func unknownField(in map: GoMap, known: [String: FieldShape]) -> String? {
    for key in map.sortedKeys {
      guard let shape = known.first(where: { $0.key.lowercased() == key.lowercased() })?.value else {
        return "error unmarshaling JSON: while decoding JSON: json: unknown field \(GoStrconv.quote(key))"
      }
      let nested: [String: FieldShape]
      switch shape {
      case .plain: continue
      case .maintainers: nested = maintainerFields
      case .dependencies: nested = dependencyFields
      }
      for item in map[key]?.sliceItems ?? [] {
        if case .map(let m) = item, let problem = unknownField(in: m, known: nested) { return problem }
      }
    }
    return nil
  }

  private enum FieldShape { case plain, maintainers, dependencies }

  private static let metadataFields: [String: FieldShape] = {
    var fields: [String: FieldShape] = [:]
    for name in [
      "name", "home", "sources", "version", "description", "keywords", "icon", "apiVersion", "condition",
      "tags",
      "appVersion", "deprecated", "annotations", "kubeVersion", "type",
    ] { fields[name] = .plain }
    fields["maintainers"] = .maintainers
    fields["dependencies"] = .dependencies
    return fields
  }()
  private static let maintainerFields: [String: FieldShape] = [
    "name": .plain, "email": .plain, "url": .plain,
  ]
  private static let dependencyFields: [String: FieldShape] = [
    "name": .plain, "version": .plain, "repository": .plain, "condition": .plain, "tags": .plain,
    "enabled": .plain, "import-values": .plain, "alias": .plain,
  ]
}
