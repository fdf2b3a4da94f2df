import Checking
import Foundation

/// `--color auto|always|never`: colour on a terminal unless NO_COLOR is set (auto), or forced.
enum ColorMode: String, CaseIterable, Sendable {
  case auto, always, never

  /// The style for output written to `descriptor` (standard output by default).
  func style(for descriptor: Int32 = STDOUT_FILENO) -> TextStyle {
    switch self {
    case .always: return TextStyle(enabled: true)
    case .never: return .plain
    case .auto:
      let noColor = EnvironmentVariable.value("NO_COLOR").map { !$0.isEmpty } ?? false
      let dumb = EnvironmentVariable.value("TERM") == "dumb"
      return TextStyle(enabled: !noColor && !dumb && isatty(descriptor) == 1)
    }
  }
}

/// The `--color` option, for commands that print findings or diffs.
struct ColorFlag {
  /// The option, as declared to the parser.
  enum Option {
    static let color = OptionSpec.single(
      "color", help: "Colour the output: auto (on a terminal, unless NO_COLOR is set), always or never.",
      values: .choice(ColorMode.allCases.map(\.rawValue), listed: true), default: "auto")
  }

  static let options = [Option.color]

  var color: ColorMode

  init(_ parsed: ParsedArguments) {
    color = parsed.choice(Option.color, default: .auto)
  }
}

extension ColorMode {
  /// The `--color` given anywhere on the command line (`--color X` or `--color=X`), or
  /// `auto`: errors are printed before (or without) a parsed command.
  static func fromArguments(_ arguments: [String]) -> ColorMode {
    var mode = ColorMode.auto
    for (i, argument) in arguments.enumerated() {
      if argument == "--" { break }
      if argument.hasPrefix("--color=") {
        mode = ColorMode(rawValue: String(argument.dropFirst("--color=".count))) ?? mode
      } else if argument == "--color", i + 1 < arguments.count {
        mode = ColorMode(rawValue: arguments[i + 1]) ?? mode
      }
    }
    return mode
  }
}
