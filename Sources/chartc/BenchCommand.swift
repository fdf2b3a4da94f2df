import Charts
import EvalProtocol
import Foundation
import Template
import Values

/// `chartc bench [NAME] CHART [value flags] [--iterations N]`: times chartc's own pipeline
/// inside one process, stage by stage, and prints JSON in the shape of `helm-oracle bench`
/// (plus per-stage figures) so that the two can be compared side by side.
struct BenchCommand: SynchronousCommand {
  /// The options of bench itself, as declared to the parser.
  enum Option {
    static let name = OptionSpec.single("name", help: "Release name (.Release.Name).")
    static let iterations = OptionSpec.single(
      "iterations", help: "Timed iterations after one warm-up.", values: .integer, default: "20")
  }

  static let spec = CommandSpec(
    name: "bench",
    abstract: "Time loading, values, rendering and assembly of a chart inside one process.",
    usage: "chartc bench [NAME] CHART [flags] [--iterations N]",
    discussion: """
      Runs the whole `chartc render` pipeline once (the first, cold iteration: process-wide \
      caches empty), then N times, timing each stage: load (reading the chart), values (user \
      values, dependencies, coalescing, schema checks), render (the template engine) and \
      assembly (sorting and framing the output).

      Prints JSON in the shape of `helm-oracle bench`: `load_and_render` is load + values + \
      render (Helm's engine), `template` is the whole `helm template` path, both over the N \
      warm iterations; `stages` holds the per-stage figures and `first` the cold iteration's. \
      Measure with a release build (`make release`).
      """,
    arguments: [
      ArgumentSpec(valueName: "NAME", help: "The release name (default: release-name)."),
      ArgumentSpec(valueName: "CHART", help: "A chart directory or .tgz archive."),
    ],
    options: [Option.name, Option.iterations] + ValueFlags.options,
    start: start
  )

  var first: String?
  var second: String?
  var name: String?
  var iterations: Int
  var valueFlags: ValueFlags

  init(_ parsed: ParsedArguments) throws {
    first = parsed.positional(0)
    second = parsed.positional(1)
    name = parsed.value(Option.name)
    iterations = parsed.integer(Option.iterations, default: 20)
    valueFlags = ValueFlags(parsed)
    try validate()
  }

  func validate() throws {
    if first == nil {
      throw CommandFailure("\"chartc bench\" requires at least 1 argument and at most 2: [NAME] CHART")
    }
    if iterations < 1 { throw CommandFailure("--iterations must be at least 1") }
  }

  func makeRequest() -> RenderRequest {
    var request = RenderRequest(chartPath: second ?? first ?? "")
    if second != nil, let first { request.releaseName = first }
    if let name { request.releaseName = name }
    valueFlags.apply(to: &request)
    return request
  }

  func run() throws {
    let request = makeRequest()
    let renderer = ChartRenderer()
    var samples = BenchSamples()
    do {
      samples.first = try BenchCommand.measureOnce(renderer: renderer, request: request)
      for _ in 0..<iterations {
        samples.add(try BenchCommand.measureOnce(renderer: renderer, request: request))
      }
    } catch {
      throw CommandFailure.from(error)
    }
    StandardOutput.write(samples.json(chart: request.chartPath, iterations: iterations))
  }

  /// One full pipeline run, timed stage by stage (milliseconds), on threads as `chartc
  /// render` runs it: the chart loaded in one large-stack job, values, render and assembly
  /// in another (each template's execution then stays on that thread instead of being
  /// handed to it and back, a pair of thread switches per template).
  static func measureOnce(renderer: ChartRenderer, request: RenderRequest) throws -> BenchStageTimes {
    let clock = ContinuousClock()
    var times = BenchStageTimes()
    var start = clock.now
    func lap() -> Double {
      let now = clock.now
      let d = now - start
      start = now
      return Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }
    let chart = try LargeStack.run { try ChartLoader.load(path: request.chartPath) }
    times.load = lap()
    try LargeStack.run {
      let userValues = try UserValues.load(request)
      try renderer.checkInstallable(chart: chart, request: request)
      let prepared = try renderer.prepare(chart: chart, userValues: userValues, request: request)
      times.values = lap()
      let files = try renderer.engine.render(chart: prepared.chart, top: prepared.top)
      times.render = lap()
      let output = try renderer.assemble(chart: prepared.chart, files: files, request: request)
      times.assembly = lap()
      withExtendedLifetime(output) {}
    }
    return times
  }
}

/// The time of each stage of one pipeline run, in milliseconds.
struct BenchStageTimes {
  var load = 0.0
  var values = 0.0
  var render = 0.0
  var assembly = 0.0
  var total: Double { load + values + render + assembly }
}

/// The samples of every timed run, summarised as `helm-oracle bench` summarises them.
struct BenchSamples {
  var runs: [BenchStageTimes] = []
  /// The first (cold) iteration, reported apart.
  var first = BenchStageTimes()

  mutating func add(_ run: BenchStageTimes) { runs.append(run) }

  static func summary(_ samples: [Double], iterations: Int) -> String {
    let sorted = samples.sorted()
    let n = sorted.count
    let median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    return "{\"median_ms\": \(ms(median)), \"min_ms\": \(ms(sorted.first ?? 0)), "
      + "\"max_ms\": \(ms(sorted.last ?? 0)), \"iterations\": \(iterations)}"
  }

  static func ms(_ value: Double) -> String {
    String(format: "%.3f", value)
  }

  func json(chart: String, iterations: Int) -> String {
    let engine = runs.map { $0.load + $0.values + $0.render }
    let total = runs.map { $0.load + $0.values + $0.render + $0.assembly }
    var out = "{\n"
    out += " \"chart\": \(PythonStyleJSON.quote(chart)),\n"
    out += " \"tool\": \"chartc\",\n"
    out += " \"helm\": \"v4.2.3\",\n"
    out += " \"load_and_render\": \(Self.summary(engine, iterations: iterations)),\n"
    out += " \"template\": \(Self.summary(total, iterations: iterations)),\n"
    out += " \"first\": {\"template_ms\": \(Self.ms(first.total)), \"load_ms\": \(Self.ms(first.load)), "
    out += "\"values_ms\": \(Self.ms(first.values)), \"render_ms\": \(Self.ms(first.render)), "
    out += "\"assembly_ms\": \(Self.ms(first.assembly))},\n"
    out += " \"stages\": {\n"
    out += "  \"load\": \(Self.summary(runs.map(\.load), iterations: iterations)),\n"
    out += "  \"values\": \(Self.summary(runs.map(\.values), iterations: iterations)),\n"
    out += "  \"render\": \(Self.summary(runs.map(\.render), iterations: iterations)),\n"
    out += "  \"assembly\": \(Self.summary(runs.map(\.assembly), iterations: iterations))\n"
    out += " }\n}\n"
    return out
  }
}
