/// The bash completion script: subcommands, each command's options, the words of choice
/// options, and paths for path-valued options and positional arguments.
struct BashCompletion {
  let root: CommandSpec

  var script: String {
    let function = "_\(root.name)"
    var out = """
      #!/bin/bash
      # bash completion for \(root.name) (`\(root.name) --generate-completion-script bash`)

      \(function)() {
          local cur="${COMP_WORDS[COMP_CWORD]}"
          local prev="${COMP_WORDS[COMP_CWORD-1]}"
          local path="\(root.name)"
          local i
          for ((i = 1; i < COMP_CWORD; i++)); do
              case "$path/${COMP_WORDS[i]}" in

      """
    let parents = root.commandTree.filter { !$0.command.subcommands.isEmpty }
    for (path, command) in parents {
      for name in command.subcommandNames(isRoot: path.count == 1) {
        out += "            \"\(path.joined(separator: " "))/\(name)\") path=\"$path \(name)\" ;;\n"
      }
    }
    out += """
                  *) break ;;
              esac
          done
          case "$path" in

      """
    for (path, command) in root.commandTree {
      out += "        \"\(path.joined(separator: " "))\")\n"
      out += valueCases(command)
      let words = command.subcommandNames(isRoot: path.count == 1).joined(separator: " ")
      let positional = command.arguments.isEmpty ? "" : " -f"
      out += """
                    if [[ "$cur" == -* ]]; then
                        COMPREPLY=($(compgen -W "\(command.optionWords.joined(separator: " "))" -- "$cur"))
                    else
                        COMPREPLY=($(compgen\(positional) -W "\(words)" -- "$cur"))
                    fi
                    ;;

        """
    }
    out += """
              *) COMPREPLY=($(compgen -f -- "$cur")) ;;
          esac
      }

      complete -o filenames -F \(function) \(root.name)

      """
    return out
  }

  /// `case "$prev"` completing the value of the option just typed.
  private func valueCases(_ command: CommandSpec) -> String {
    let valued = command.options.filter(\.takesValue)
    guard !valued.isEmpty else { return "" }
    var out = "            case \"$prev\" in\n"
    for option in valued {
      let spellings = option.spellings.joined(separator: "|")
      let reply: String
      if case .choice(let words, _) = option.values {
        reply = "COMPREPLY=($(compgen -W \"\(words.joined(separator: " "))\" -- \"$cur\"))"
      } else if option.completesPaths {
        reply = "COMPREPLY=($(compgen -f -- \"$cur\"))"
      } else {
        reply = "COMPREPLY=()"
      }
      out += "                \(spellings)) \(reply); return ;;\n"
    }
    return out + "            esac\n"
  }
}
