import Foundation

/// The help of a command (`chartc CMD --help`, `chartc help CMD`), laid out as
/// swift-argument-parser laid it out: OVERVIEW, USAGE, ARGUMENTS, the titled option sections,
/// OPTIONS and SUBCOMMANDS, labels in a 26-column margin, text wrapped to the screen width.
struct HelpText {
  /// The command whose help this is, after its parents (the root first).
  let stack: [CommandSpec]
  /// The width text is wrapped to.
  var width = HelpText.screenWidth()

  static let labelColumn = 26

  /// The help text, without the final newline `print` adds.
  var text: String {
    guard let command = stack.last else { return "" }
    var overview = command.abstract
    if !command.discussion.isEmpty {
      overview += (overview.isEmpty ? "" : "\n") + "\n" + command.discussion
    }
    var out = overview.isEmpty ? "" : TextWrapping.wrap("OVERVIEW: " + overview, width: width) + "\n\n"
    out += "USAGE: " + Self.hangingIndent(usage(command), by: 7) + "\n\n"
    out += sections(command).filter { !$0.isEmpty }.joined(separator: "\n")
    if !command.subcommands.isEmpty {
      var names = stack.map(\.name)
      names.insert("help", at: 1)
      out += "\n  See '\(names.joined(separator: " ")) <subcommand>' for detailed help."
    }
    return out
  }

  /// The usage line: the command's own, or one made from its arguments and options.
  private func usage(_ command: CommandSpec) -> String {
    if let usage = command.usage { return usage }
    let tool = stack.map(\.name).joined(separator: " ")
    let count = command.arguments.count + command.options.count
    var usage: String
    if count == 0 {
      usage = tool
    } else if count > 12 {
      let positionals = command.arguments.map(Self.synopsis)
      usage =
        positionals.isEmpty
        ? "\(tool) <options>" : "\(tool) [<options>] \(positionals.joined(separator: " "))"
    } else {
      usage = ([tool] + command.arguments.map(Self.synopsis) + command.options.map(Self.synopsis))
        .joined(separator: " ")
    }
    if !command.subcommands.isEmpty {
      if usage.last != " " { usage += " " }
      usage += "<subcommand>"
    }
    return usage
  }

  private static func synopsis(_ argument: ArgumentSpec) -> String {
    argument.repeating ? "[<\(argument.valueName)> ...]" : "[<\(argument.valueName)>]"
  }

  private static func synopsis(_ option: OptionSpec) -> String {
    let name = option.long.map { "--" + $0 } ?? option.short.map { "-\($0)" } ?? ""
    switch option.arity {
    case .flag: return "[\(name)]"
    case .single: return "[\(name) <\(option.valueName)>]"
    case .repeatable: return "[\(name) <\(option.valueName)> ...]"
    }
  }

  /// ARGUMENTS, the titled sections in order of first appearance, OPTIONS, SUBCOMMANDS.
  private func sections(_ command: CommandSpec) -> [String] {
    var titles: [String] = []
    for title in command.options.compactMap(\.section) where !titles.contains(title) { titles.append(title) }
    let arguments = command.arguments.map { element(label: "<\($0.valueName)>", description: $0.help) }
    var untitled = command.options.filter { $0.section == nil }.map(element)
    if command.listsHelpOption {
      untitled.append(element(label: "-h, --help", description: "Show help information."))
    }
    return [section("ARGUMENTS", arguments)]
      + titles.map { title in
        section(title.uppercased(), command.options.filter { $0.section == title }.map(element))
      }
      + [
        section("OPTIONS", untitled),
        section("SUBCOMMANDS", command.subcommands.map { element(label: $0.name, description: $0.abstract) }),
      ]
  }

  private func section(_ title: String, _ elements: [String]) -> String {
    elements.isEmpty ? "" : title + ":\n" + elements.joined()
  }

  /// An option's line: its names and value, its help, the values it accepts, its default.
  private func element(_ option: OptionSpec) -> String {
    var label = option.spellings.joined(separator: ", ")
    if option.takesValue { label += " <\(option.valueName)>" }
    let words = option.values.listedWords.joined(separator: ", ")
    let shown = option.defaultShown ?? ""
    let annotation: String
    switch (words.isEmpty, shown.isEmpty) {
    case (true, true): annotation = ""
    case (false, true): annotation = "(values: \(words))"
    case (true, false): annotation = "(default: \(shown))"
    case (false, false): annotation = "(values: \(words); default: \(shown))"
    }
    return element(
      label: label, description: [option.help, annotation].filter { !$0.isEmpty }.joined(separator: " "))
  }

  /// `  LABEL  description`, the description in the margin (on the next line after a long label).
  private func element(label: String, description: String) -> String {
    let label = "  " + label
    guard !description.isEmpty else { return label + "\n" }
    let wrapped = TextWrapping.wrap(description, width: width, indent: Self.labelColumn)
    if label.count < Self.labelColumn { return label + wrapped.dropFirst(label.count) + "\n" }
    return label + "\n" + wrapped + "\n"
  }

  /// `text` with every line after the first indented by `count` spaces.
  private static func hangingIndent(_ text: String, by count: Int) -> String {
    let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    guard lines.count == 2 else { return text }
    let rest = lines[1].split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : String(repeating: " ", count: count) + $0 }
    return String(lines[0]) + "\n" + rest.joined(separator: "\n")
  }

  /// `$COLUMNS`, else the width of the terminal on standard output, else 80.
  static func screenWidth() -> Int {
    if let columns = EnvironmentVariable.value("COLUMNS").flatMap({ Int($0) }) { return columns }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
  }
}
