/// The shells `chartc --generate-completion-script SHELL` writes a completion script for.
enum CompletionShell: String, CaseIterable, Sendable {
  case zsh, bash, fish

  /// The completion script of the command tree under `root`, for this shell.
  func script(for root: CommandSpec) -> String {
    switch self {
    case .bash: return BashCompletion(root: root).script
    case .zsh: return ZshCompletion(root: root).script
    case .fish: return FishCompletion(root: root).script
    }
  }

  private static var choices: String {
    "Please use --generate-completion-script=<shell> with one of:\n    "
      + allCases.map(\.rawValue).joined(separator: " ")
  }

  /// The error for a shell chartc writes no script for.
  static func unsupported(_ shell: String) -> UsageError {
    UsageError(description: "Can't generate completion scripts for '\(shell)'.\n" + choices)
  }

  /// The error when `$SHELL` names no shell chartc writes a script for.
  static var undetected: UsageError {
    UsageError(description: "Can't autodetect a supported shell.\n" + choices)
  }
}

extension CommandSpec {
  /// This command and every command below it, each with its path of names (`chartc golden
  /// check`), parents first; the root's `help` is included.
  var commandTree: [(path: [String], command: CommandSpec)] {
    var tree: [(path: [String], command: CommandSpec)] = []
    func visit(_ command: CommandSpec, _ path: [String]) {
      tree.append((path, command))
      for subcommand in command.subcommands { visit(subcommand, path + [subcommand.name]) }
    }
    visit(self, [name])
    return tree
  }

  /// The names a completion offers after this command: its subcommands (and `help` at the root).
  func subcommandNames(isRoot: Bool) -> [String] {
    subcommands.map(\.name) + (isRoot && !subcommands.isEmpty ? ["help"] : [])
  }

  /// Every spelling of every option, `-h`/`--help` included.
  var optionWords: [String] {
    options.flatMap(\.spellings) + ["-h", "--help"]
  }

  /// The one-line description of the subcommand `name` (`help` included).
  func abstract(ofSubcommand name: String) -> String {
    subcommand(named: name)?.abstract ?? HelpCommandSpec.spec.abstract
  }
}
