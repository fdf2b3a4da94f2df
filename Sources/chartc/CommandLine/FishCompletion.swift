/// The fish completion script: a function that finds the command typed so far, and one
/// `complete` line per subcommand and option under the condition that command is current.
struct FishCompletion {
  let root: CommandSpec

  var script: String {
    let finder = "__\(root.name)_command"
    let descents = root.commandTree.filter { !$0.command.subcommands.isEmpty }.flatMap { path, command in
      command.subcommandNames(isRoot: path.count == 1).map {
        "'" + (path + [$0]).joined(separator: " ") + "'"
      }
    }
    var out = """
      # fish completion for \(root.name) (`\(root.name) --generate-completion-script fish`)
      function \(finder)
          set -l words (commandline -opc)
          set -l command \(root.name)
          for word in $words[2..-1]
              switch "$command $word"
                  case \(descents.joined(separator: " "))
                      set command "$command $word"
                  case '*'
                      break
              end
          end
          echo $command
      end

      complete -c \(root.name) -f

      """
    for (path, command) in root.commandTree {
      let condition = "-n 'test (\(finder)) = \"\(path.joined(separator: " "))\"'"
      for name in command.subcommandNames(isRoot: path.count == 1) {
        let abstract = command.abstract(ofSubcommand: name)
        out += "complete -c \(root.name) \(condition) -a \(name) -d \(Self.quoted(abstract))\n"
      }
      for option in command.options {
        var line = "complete -c \(root.name) \(condition)"
        if let short = option.short { line += " -s \(short)" }
        if let long = option.long { line += " -l \(long)" }
        if option.takesValue {
          if case .choice(let words, _) = option.values {
            line += " -x -a " + Self.quoted(words.joined(separator: " "))
          } else {
            line += option.completesPaths ? " -r -F" : " -x"
          }
        }
        out += line + " -d \(Self.quoted(option.help))\n"
      }
      out += "complete -c \(root.name) \(condition) -s h -l help -d 'Show help information.'\n"
      if !command.arguments.isEmpty { out += "complete -c \(root.name) \(condition) -F\n" }
    }
    return out
  }

  /// `text` in single quotes, as fish reads them.
  private static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
  }
}
