/// One named option of a command, declared as data: its names, whether it takes a value (once,
/// or repeatedly, accumulating), the values it accepts, and what its help line says.
struct OptionSpec: Sendable {
  /// Whether the option takes a value, and how often it may be given.
  enum Arity: Sendable {
    /// No value: present or not (`--debug`).
    case flag
    /// One value; given again, the last one wins (`--namespace NS`).
    case single
    /// A value each time it is given; the values accumulate in order (`--set a=1 --set b=2`).
    case repeatable
  }

  /// The values an option accepts.
  enum Values: Sendable {
    /// Any text.
    case text
    /// A decimal integer, as Swift's `Int(_:)` reads it.
    case integer
    /// One of these words; `listed` shows them in the help line and in the error.
    case choice([String], listed: Bool)
    /// Whatever `accepts` accepts (e.g. `I/N` of `--shard`).
    case checked(@Sendable (String) -> Bool)

    /// Whether `value` is acceptable.
    func accepts(_ value: String) -> Bool {
      switch self {
      case .text: return true
      case .integer: return Int(value) != nil
      case .choice(let words, _): return words.contains(value)
      case .checked(let accepts): return accepts(value)
      }
    }

    /// The words listed in help and in the error for a refused value (none for other kinds).
    var listedWords: [String] {
      if case .choice(let words, listed: true) = self { return words }
      return []
    }
  }

  /// `--long`, without its dashes.
  let long: String?
  /// `-s`.
  let short: Character?
  let arity: Arity
  /// The placeholder of the value in help and errors (`<values>`); the long name by default.
  let valueName: String
  let help: String
  let values: Values
  /// The default shown in help (`(default: chartc.yaml)`); nil shows none.
  let defaultShown: String?
  /// Whether the option's value is a file or folder (completion scripts offer paths).
  var completesPaths = false
  /// The title of the help section listing the option (`Render (a chart argument)`); nil
  /// lists it under OPTIONS.
  var section: String?

  /// The name values are recorded under in a parse result: the long name, else the short one.
  var key: String { long ?? short.map { String($0) } ?? "" }

  /// Whether the option takes a value.
  var takesValue: Bool { arity != .flag }

  /// Its spellings, short first: `-o`, `--output`.
  var spellings: [String] {
    (short.map { ["-\($0)"] } ?? []) + (long.map { ["--" + $0] } ?? [])
  }

  /// A flag: `--long` and/or `-s`, no value.
  static func flag(_ long: String?, short: Character? = nil, help: String) -> OptionSpec {
    OptionSpec(
      long: long, short: short, arity: .flag, valueName: long ?? "", help: help, values: .text,
      defaultShown: nil)
  }

  /// An option with one value (the last one given wins).
  static func single(
    _ long: String?, short: Character? = nil, valueName: String? = nil, help: String, values: Values = .text,
    default defaultShown: String? = nil
  ) -> OptionSpec {
    OptionSpec(
      long: long, short: short, arity: .single, valueName: valueName ?? long ?? "", help: help,
      values: values,
      defaultShown: defaultShown)
  }

  /// An option that may be given many times, its values accumulating in order.
  static func repeatable(
    _ long: String?, short: Character? = nil, valueName: String? = nil, help: String
  ) -> OptionSpec {
    OptionSpec(
      long: long, short: short, arity: .repeatable, valueName: valueName ?? long ?? "", help: help,
      values: .text, defaultShown: nil)
  }
}

extension OptionSpec {
  /// The same option, its values completed as paths by the completion scripts.
  var completingPaths: OptionSpec {
    var option = self
    option.completesPaths = true
    return option
  }
}

extension Array where Element == OptionSpec {
  /// The same options, listed in help under their own section `title`.
  func titled(_ title: String) -> [OptionSpec] {
    map { option in
      var titled = option
      titled.section = title
      return titled
    }
  }
}
