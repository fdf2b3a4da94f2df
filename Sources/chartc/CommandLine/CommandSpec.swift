/// One command of the command line, declared as data: its name, help texts, positional
/// arguments, options (shared groups included), subcommands, and how it starts.
struct CommandSpec: Sendable {
  let name: String
  let abstract: String
  /// A hand-written usage line (nil: one is made from the arguments and options).
  var usage: String?
  var discussion = ""
  var arguments: [ArgumentSpec] = []
  var options: [OptionSpec] = []
  var subcommands: [CommandSpec] = []
  /// Whether help lists `-h, --help` (the `help` pseudo-command lists nothing).
  var listsHelpOption = true
  /// Builds the command from its parse result, checking its values, ready to run; nil for a
  /// command that only groups subcommands (it prints its help).
  var start: (@Sendable (ParsedArguments) throws -> CommandBody)?

  /// The subcommand called `name`.
  func subcommand(named name: String) -> CommandSpec? {
    subcommands.first { $0.name == name }
  }

  /// The option `--long`.
  func option(long: String) -> OptionSpec? {
    options.first { $0.long == long }
  }

  /// The option `-short`.
  func option(short: Character) -> OptionSpec? {
    options.first { $0.short == short }
  }
}
