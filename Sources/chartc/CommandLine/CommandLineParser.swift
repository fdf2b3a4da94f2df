import Foundation

/// Parses a command line against the command specs, as swift-argument-parser parsed it for
/// chartc: subcommands first, options anywhere before `--` (`--opt value`, `--opt=value`,
/// `-o value`, packed flags `-vx`), positionals in order, help on `-h`/`--help` or `help CMD`.
///
/// Errors come in argument-parser's order: a malformed or refused value at once; then the
/// command's own checks (unless help was asked for); then unknown options; then surplus
/// positionals.
struct CommandLineParser {
  /// What a command line asks for.
  enum Outcome {
    /// The command's work.
    case run(CommandBody)
    /// The help of the command at the end of `stack` (root first).
    case help([CommandSpec])
    /// A completion script for `shell`.
    case completionScript(CompletionShell)
  }

  let root: CommandSpec
  /// The value of `$SHELL`, for `--generate-completion-script` without a shell (read only
  /// then: the environment is not parsed on every start).
  var shellPath: () -> String? = { EnvironmentVariable.value("SHELL") }

  func parse(_ arguments: [String]) throws -> Outcome {
    let words = try CommandLineWord.split(arguments)
    if let shell = try completionRequest(words) { return .completionScript(shell) }
    var stack = [root]
    var command = root
    var next = 0
    while !command.subcommands.isEmpty, next < words.count, let name = words[next].valueText {
      if stack.count == 1, name == "help" {
        return .help(try helpStack(words[(next + 1)...]))
      }
      guard let subcommand = command.subcommand(named: name) else { break }
      stack.append(subcommand)
      command = subcommand
      next += 1
    }
    var reading = OptionReading(command: command, words: Array(words[next...]))
    let parsed = try reading.read()
    if reading.asksForHelp { return .help(stack) }
    guard let start = command.start else {
      try reading.refuseLeftovers()
      return .help(stack)
    }
    let body = try start(parsed)
    try reading.refuseLeftovers()
    return .run(body)
  }

  /// The shell `--generate-completion-script [SHELL]` asks for (anywhere before `--`), or nil.
  private func completionRequest(_ words: [CommandLineWord]) throws -> CompletionShell? {
    for (index, word) in words.enumerated() {
      if word == .terminator { break }
      guard case .long("generate-completion-script", let attached) = word else { continue }
      let given = attached ?? (index + 1 < words.count ? words[index + 1].valueText : nil)
      if let given {
        guard let shell = CompletionShell(rawValue: given) else { throw CompletionShell.unsupported(given) }
        return shell
      }
      let detected = shellPath().map { String($0.split(separator: "/").last ?? "") } ?? ""
      guard let shell = CompletionShell(rawValue: detected) else { throw CompletionShell.undetected }
      return shell
    }
    return nil
  }

  /// `help [COMMAND...]`: the deepest command the names lead to (unknown names are ignored
  /// from there on); help flags are ignored, other options refused.
  private func helpStack(_ words: ArraySlice<CommandLineWord>) throws -> [CommandSpec] {
    var names: [String] = []
    for word in words {
      if let name = word.valueText {
        names.append(name)
      } else if word != .terminator, !word.asksForHelp {
        throw OptionReading.unknown(word)
      }
    }
    var stack = [root]
    var command = root
    for name in names {
      guard let subcommand = command.subcommand(named: name) else { break }
      stack.append(subcommand)
      command = subcommand
    }
    if names.first == "help" && stack.count == 1 { return [root, HelpCommandSpec.spec] }
    return stack
  }
}
