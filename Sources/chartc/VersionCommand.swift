/// `chartc version [-o json]`: chartc's version, the Helm version it matches, its commit and
/// the bundled schema versions.
struct VersionCommand: SynchronousCommand {
  /// The option, as declared to the parser.
  enum Option {
    static let output = OptionSpec.single(
      "output", short: "o", help: "Output format: text or json.",
      values: .choice(VersionFormat.allCases.map(\.rawValue), listed: true), default: "text")
  }

  static let spec = CommandSpec(
    name: "version",
    abstract: "Print chartc's version, the Helm version it matches, its commit and the bundled schemas.",
    options: [Option.output], start: start)

  /// `--output` of `chartc version`.
  enum VersionFormat: String, CaseIterable { case text, json }

  var output: VersionFormat

  init(_ parsed: ParsedArguments) {
    output = parsed.choice(Option.output, default: .text)
  }

  func run() throws {
    let info = BuildInfo.current()
    StandardOutput.write(output == .json ? info.json : info.text)
  }
}
