import Charts
import Checking
import Foundation
import Validation
import Values

/// What to lint: one render of one chart (a matrix entry, or a chart and flags).
public struct LintTarget: Sendable {
  /// The chart's name as reports group by it (the matrix name, or the folder name).
  public var chart: String
  /// The matrix environment, when the target is a matrix entry.
  public var environment: String?
  public var request: RenderRequest

  public init(chart: String, environment: String? = nil, request: RenderRequest) {
    self.chart = chart
    self.environment = environment
    self.request = request
  }
}

/// How the linter runs: Helm's flags, and the configuration to apply.
public struct LintOptions: Sendable {
  /// `--strict`: warnings fail, and annotations cannot silence errors.
  public var strict = false
  /// `--with-subcharts`: Helm's rules also run on every chart below `charts/`.
  public var withSubcharts = false
  /// The project configuration (`lint:` of `chartc.yaml`).
  public var configuration = LintConfiguration()

  public init(
    strict: Bool = false, withSubcharts: Bool = false, configuration: LintConfiguration = LintConfiguration()
  ) {
    self.strict = strict
    self.withSubcharts = withSubcharts
    self.configuration = configuration
  }
}

/// The outcome of linting one target.
public struct LintOutcome: Sendable {
  public let target: LintTarget
  /// What remains after configuration and annotations, sorted by file, line and rule.
  public let findings: [Finding]
  /// Findings an exclusion or an annotation silenced.
  public let suppressed: Int

  public init(target: LintTarget, findings: [Finding], suppressed: Int) {
    self.target = target
    self.findings = findings
    self.suppressed = suppressed
  }
}

/// `chartc lint` as a library: for one render, Helm's lint rules, schema validation of
/// every rendered object and every object rule, with the project's and the chart's
/// configuration and the objects' ignore annotations applied.
public struct Linter: Sendable {
  public let pipeline: CheckingPipeline
  /// The schemas rendered objects are validated against, and that rules read (where a
  /// field wants a string); the caller builds it (bundled schemas, extra locations). None:
  /// no schema findings.
  public let registry: SchemaRegistry?
  public let rules: [any LintRule]
  public let options: LintOptions

  /// A linter running `rules` (default: every rule chartc ships, over `registry`).
  public init(
    pipeline: CheckingPipeline = CheckingPipeline(), registry: SchemaRegistry?,
    rules: [any LintRule]? = nil, options: LintOptions = LintOptions()
  ) {
    self.pipeline = pipeline
    self.registry = registry
    self.rules = rules ?? LintRules.all(registry: registry)
    self.options = options
  }

  /// Every rule id a configuration may name.
  public var knownRuleIDs: Set<String> { Set(LintCatalogue.all(rules: rules).map(\.id)) }

  /// Lints every target concurrently; outcomes come back in the order of `targets`.
  /// `finished` is called as each target is done (in any order).
  public func lint(_ targets: [LintTarget], finished: (@Sendable (LintTarget) -> Void)? = nil) async
    -> [LintOutcome]
  {
    await withTaskGroup(of: (Int, LintOutcome).self) { group in
      for (index, target) in targets.enumerated() {
        group.addTask {
          let outcome = await self.lint(target)
          finished?(target)
          return (index, outcome)
        }
      }
      var slots = [LintOutcome?](repeating: nil, count: targets.count)
      for await (index, outcome) in group { slots[index] = outcome }
      return slots.compactMap { $0 }
    }
  }

  /// Lints one target.
  public func lint(_ target: LintTarget) async -> LintOutcome {
    let chartPath = target.request.chartPath
    var configuration = options.configuration
    let chartConfig = (chartPath as NSString).appendingPathComponent(".chartc.yaml")
    if FileManager.default.fileExists(atPath: chartConfig) {
      configuration = configuration.overlaid(
        with: LintConfigurationReader(knownRules: knownRuleIDs).read(file: chartConfig, chartLevel: true))
    }
    var release: RenderedRelease?
    var renderError: String?
    do {
      release = try pipeline.render(target.request)
    } catch {
      renderError = "\(error)"
    }
    var findings = helmFindings(target, release: release)
    // Helm's lint reports most render errors itself (in lint mode): report each once
    if let renderError, !findings.contains(where: { $0.message == renderError }) {
      findings.append(
        Finding(
          rule: "render", severity: .error, message: renderError,
          place: SourcePlace(file: "\(target.chart)/Chart.yaml", line: 1, isTemplateLine: false)))
    }
    if let release {
      if let registry {
        let validation = ReleaseValidation(
          registry: registry, options: ManifestValidationOptions(kubeVersion: release.kubeVersion))
        findings += Self.collapsed(
          ReleaseValidation.findings(await validation.validate(release), in: release))
      }
      // the objects' index is built once for every rule of this release
      ReleaseIndex.$shared.withValue(ReleaseIndex(release)) {
        for rule in rules { findings += rule.check(release) }
      }
    }
    return apply(configuration, to: findings, release: release, target: target)
  }

  /// Helm's lint of the target's chart (and its subcharts with `withSubcharts`).
  func helmFindings(_ target: LintTarget, release: RenderedRelease?) -> [Finding] {
    let values: GoMap
    do {
      values = try UserValues.load(target.request)
    } catch {
      return []  // the render reports unreadable value files
    }
    var options = HelmLintOptions(
      values: values, namespace: target.request.namespace, kubeVersion: target.request.kubeVersion,
      strict: self.options.strict, skipSchemaValidation: target.request.skipSchemaValidation)
    var matrixRender: HelmLintRender?
    // a matrix entry is linted as it deploys: Helm's template checks read its render
    if target.environment != nil, let release {
      matrixRender = HelmLintRender(chart: release.chart, files: release.files)
    }
    var paths = [target.request.chartPath]
    if self.options.withSubcharts { paths += HelmLinter.subchartPaths(of: target.request.chartPath) }
    var findings: [Finding] = []
    for path in paths {
      let name =
        path == target.request.chartPath
        ? target.chart : ((try? ChartLoader.load(path: path).name) ?? (path as NSString).lastPathComponent)
      options.render = path == target.request.chartPath ? matrixRender : nil
      do {
        let result = try HelmLinter.lint(path: path, options: options)
        findings += result.messages.map {
          HelmLintFindings.finding(
            $0, chartName: name, release: path == target.request.chartPath ? release : nil)
        }
        if result.totalChartsLinted == 0 {
          findings += result.errors.map {
            Finding(
              rule: "helm-chartfile", severity: .error, message: $0,
              place: SourcePlace(file: "\(name)/Chart.yaml", line: 1, isTemplateLine: false))
          }
        }
      } catch {
        findings.append(Finding(rule: "lint-config", severity: .error, message: "\(error)"))
      }
    }
    return findings
  }

  /// Schema findings that say the same thing of every object (no schemas for a version)
  /// once, about the release.
  static func collapsed(_ findings: [Finding]) -> [Finding] {
    var counts: [String: Int] = [:]
    for f in findings where f.path == nil { counts[f.message, default: 0] += 1 }
    var seen: Set<String> = []
    var out: [Finding] = []
    for var f in findings {
      if f.path == nil, counts[f.message, default: 0] > 1 {
        guard seen.insert(f.message).inserted else { continue }
        f.object = nil
        f.place = nil
      }
      out.append(f)
    }
    return out
  }

  /// Severities, exclusions, external references and ignore annotations applied.
  func apply(
    _ configuration: LintConfiguration, to findings: [Finding], release: RenderedRelease?, target: LintTarget
  )
    -> LintOutcome
  {
    let defaults = Dictionary(
      LintCatalogue.all(rules: rules).map { ($0.id, $0.severity) }, uniquingKeysWith: { a, _ in a })
    var kept: [Finding] = configuration.problems
    var suppressed = 0
    var ignores: [ObjectReference: IgnoreAnnotation] = [:]
    for object in release?.objects ?? [] {
      guard
        let value = object.value.mapValue?["metadata"]?.mapValue?["annotations"]?.mapValue?[
          IgnoreAnnotation.key]?.stringValue
      else { continue }
      switch IgnoreAnnotation.parse(value) {
      case .success(let annotation):
        for rule in annotation.rules where rule != "*" && !knownRuleIDs.contains(rule) {
          kept.append(
            Finding(
              rule: "lint-config", severity: .error,
              message: "\(IgnoreAnnotation.key): unknown rule \"\(rule)\"",
              object: object.reference, place: object.place))
        }
        ignores[object.reference] = annotation
      case .failure(let error):
        kept.append(
          Finding(
            rule: "lint-config", severity: .error, message: error.description, object: object.reference,
            place: object.place))
      }
    }
    for var finding in findings {
      if finding.rule != "lint-config" {
        // a configured severity replaces the rule's (Helm's messages keep their own unless configured)
        let configured = configuration.rules[finding.rule]
        if configured == .off {
          suppressed += 1
          continue
        }
        if case .severity(let s)? = configured, defaults[finding.rule] != nil { finding.severity = s }
        if configuration.exclusion(for: finding, chart: target.chart, environment: target.environment) != nil
          || configuration.isExternal(finding)
        {
          suppressed += 1
          continue
        }
        if let object = finding.object, let annotation = ignores[object],
          annotation.rules.contains("*") || annotation.rules.contains(finding.rule),
          !(options.strict && finding.severity == .error)
        {
          suppressed += 1
          continue
        }
      }
      kept.append(finding)
    }
    kept.sort { a, b in
      let pa = a.place.map { ($0.file, $0.line) } ?? ("", 0)
      let pb = b.place.map { ($0.file, $0.line) } ?? ("", 0)
      return (pa.0, pa.1, a.rule, a.message) < (pb.0, pb.1, b.rule, b.message)
    }
    return LintOutcome(target: target, findings: kept, suppressed: suppressed)
  }
}
