import ArgumentParser

/// `chartc version [-o json]`: chartc's version, the Helm version it matches, its commit and
/// the bundled schema versions.
struct VersionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "version",
    abstract: "Print chartc's version, the Helm version it matches, its commit and the bundled schemas.")

  @Option(name: [.customShort("o"), .customLong("output")], help: "Output format: text or json.")
  var output: VersionFormat = .text

  enum VersionFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

  func run() throws {
    let info = BuildInfo.current()
    StandardOutput.write(output == .json ? info.json : info.text)
  }
}
