/// The zsh completion script (`#compdef`): one `_arguments` function per command, the
/// commands with subcommands dispatching on the subcommand's name.
struct ZshCompletion {
  let root: CommandSpec

  var script: String {
    var out = "#compdef \(root.name)\n"
    for (path, command) in root.commandTree {
      out += "\n" + function(path, command)
    }
    return out + "\n_\(root.name) \"$@\"\n"
  }

  private func functionName(_ path: [String]) -> String {
    "_" + path.joined(separator: "_")
  }

  private func function(_ path: [String], _ command: CommandSpec) -> String {
    var specs = command.options.map(spec)
    specs.append("'(-h --help)'{-h,--help}'[Show help information.]'")
    if !command.arguments.isEmpty {
      specs.append("'*:\(Self.quoted(command.arguments[0].valueName)):_files'")
    }
    let names = command.subcommandNames(isRoot: path.count == 1)
    guard !names.isEmpty else {
      return "\(functionName(path))() {\n  _arguments -s \\\n    " + specs.joined(separator: " \\\n    ")
        + "\n}\n"
    }
    let described = names.map { name in
      let abstract = command.abstract(ofSubcommand: name)
      return "'" + Self.quoted(name + ":" + abstract) + "'"
    }
    let cases = names.filter { $0 != "help" }.map { "        \($0)) \(functionName(path + [$0])) ;;" }
    return """
      \(functionName(path))() {
        local context state state_descr line
        typeset -A opt_args
        _arguments -C \\
          \(specs.joined(separator: " \\\n    ")) \\
          '1:subcommand:->subcommand' \\
          '*::argument:->argument'
        case $state in
          subcommand)
            local -a subcommands=(\(described.joined(separator: " ")))
            _describe -t subcommands 'subcommand' subcommands ;;
          argument)
            case $line[1] in
      \(cases.joined(separator: "\n"))
            esac ;;
        esac
      }

      """
  }

  /// The `_arguments` spec of one option: its spellings, help, value and value completion.
  private func spec(_ option: OptionSpec) -> String {
    let spellings = option.spellings
    let help = "[" + Self.quoted(Self.escapedBrackets(option.help)) + "]"
    var value = ""
    if option.takesValue {
      let action: String
      if case .choice(let words, _) = option.values {
        action = "(" + words.joined(separator: " ") + ")"
      } else {
        action = option.completesPaths ? "_files" : ""
      }
      value = ":" + Self.quoted(option.valueName) + ":" + action
    }
    // A repeatable option may be given again; any other excludes its own spellings.
    let prefix = option.arity == .repeatable ? "'*'" : "'(" + spellings.joined(separator: " ") + ")'"
    let names = spellings.count == 1 ? spellings[0] : "{" + spellings.joined(separator: ",") + "}"
    return prefix + names + "'" + help + value + "'"
  }

  /// `text` safe inside single quotes.
  private static func quoted(_ text: String) -> String {
    text.replacingOccurrences(of: "'", with: "'\\''")
  }

  /// `text` safe inside an `_arguments` description (`[…]`).
  private static func escapedBrackets(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "[", with: "\\[")
      .replacingOccurrences(of: "]", with: "\\]")
  }
}
