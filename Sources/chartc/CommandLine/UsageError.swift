/// Command-line misuse, worded as Helm (cobra/pflag) words it where Helm has the case
/// (`unknown flag: --foo`), and as chartc always has otherwise; printed as `Error: …`, exit 1.
struct UsageError: Error, CustomStringConvertible {
  let description: String

  /// `--name` is no option of the command.
  static func unknownFlag(_ name: String) -> UsageError {
    UsageError(description: "unknown flag: --\(name)")
  }

  /// `-x`, or the pack `-xyz` starting with `x`, is no option of the command.
  static func unknownShorthand(_ letter: Character, in word: String) -> UsageError {
    UsageError(description: "unknown shorthand flag: '\(letter)' in \(word)")
  }

  /// `--name` or `-x` without the value it takes.
  static func missingValue(typed: String) -> UsageError {
    if typed.hasPrefix("--") { return UsageError(description: "flag needs an argument: \(typed)") }
    return UsageError(description: "flag needs an argument: '\(typed.dropFirst())' in \(typed)")
  }

  /// A value given to a flag (`--debug=1`).
  static func unexpectedValue(_ value: String, typed: String) -> UsageError {
    UsageError(description: "The option '\(typed)' does not take any value, but '\(value)' was specified.")
  }

  /// A value the option does not accept, naming the accepted ones where the option lists them.
  static func invalidValue(_ value: String, typed: String, option: OptionSpec) -> UsageError {
    var text = "The value '\(value)' is invalid for '\(typed) <\(option.valueName)>'"
    let words = option.values.listedWords.map { "'\($0)'" }
    if words.count >= 6 {
      text +=
        ". Please provide one of the following:\n"
        + words.map { "  - \($0.dropFirst().dropLast())" }
        .joined(separator: "\n")
    } else if words.count > 2 {
      text +=
        ". Please provide one of \(words.dropLast().joined(separator: ", ")) or \(words[words.count - 1])."
    } else if !words.isEmpty {
      text += ". Please provide one of \(words.joined(separator: " and "))."
    }
    return UsageError(description: text)
  }

  /// Positional values the command has no place for.
  static func unexpectedArguments(_ values: [String]) -> UsageError {
    if values.count == 1 { return UsageError(description: "Unexpected argument '\(values[0])'") }
    return UsageError(
      description: "\(values.count) unexpected arguments: '\(values.joined(separator: "', '"))'")
  }

  /// A word of three or more leading dashes.
  static func invalidOption(_ word: String) -> UsageError {
    UsageError(description: "Invalid option: \(word)")
  }
}
