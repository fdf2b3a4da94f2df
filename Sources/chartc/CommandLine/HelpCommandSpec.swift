/// `chartc help [COMMAND...]`, as its own help describes it (`chartc help help`).
enum HelpCommandSpec {
  static let spec = CommandSpec(
    name: "help", abstract: "Show subcommand help information.",
    arguments: [ArgumentSpec(valueName: "subcommands", help: "", repeating: true)], listsHelpOption: false)
}
