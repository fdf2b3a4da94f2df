/// One word of a command line as the parser sees it.
enum CommandLineWord: Equatable, Sendable {
  /// `--name` or `--name=value` (an empty `--name=` gives no value).
  case long(name: String, value: String?)
  /// `-x`, `-x=value`, or a single-dash word with `=` (`-ab=c`, which names no option).
  case singleDash(name: String, value: String?)
  /// `-xyz`: the short options x, y and z.
  case pack([Character])
  /// A value: a word without a leading dash, `-`, the empty word, or any word after `--`.
  case value(String)
  /// The first `--`: every word after it is a value.
  case terminator

  /// The words of `arguments`; a word of three or more leading dashes is refused.
  static func split(_ arguments: [String]) throws(UsageError) -> [CommandLineWord] {
    var words: [CommandLineWord] = []
    var afterTerminator = false
    for argument in arguments {
      if afterTerminator {
        words.append(.value(argument))
        continue
      }
      let dashes = argument.prefix { $0 == "-" }.count
      let rest = argument.dropFirst(dashes)
      switch dashes {
      case 0:
        words.append(.value(argument))
      case 1 where rest.isEmpty:
        words.append(.value(argument))
      case 1:
        if let equals = rest.firstIndex(of: "=") {
          words.append(
            .singleDash(name: String(rest[..<equals]), value: String(rest[rest.index(after: equals)...])))
        } else if rest.count == 1 {
          words.append(.singleDash(name: String(rest), value: nil))
        } else {
          words.append(.pack(Array(rest)))
        }
      case 2 where rest.isEmpty:
        words.append(.terminator)
        afterTerminator = true
      case 2:
        if let equals = rest.firstIndex(of: "=") {
          let value = rest[rest.index(after: equals)...]
          words.append(.long(name: String(rest[..<equals]), value: value.isEmpty ? nil : String(value)))
        } else {
          words.append(.long(name: String(rest), value: nil))
        }
      default:
        throw .invalidOption(argument)
      }
    }
    return words
  }

  /// The value this word is, if it is one.
  var valueText: String? {
    if case .value(let text) = self { return text }
    return nil
  }

  /// Whether the word asks for help: `--help`, `-h`, or a pack holding `h` (`-help`);
  /// `--help-hidden` too (no option is hidden: it is the same help).
  var asksForHelp: Bool {
    switch self {
    case .long(let name, _): return name == "help" || name == "help-hidden"
    case .singleDash(let name, _): return name == "h"
    case .pack(let letters): return letters.contains("h")
    case .value, .terminator: return false
    }
  }
}
