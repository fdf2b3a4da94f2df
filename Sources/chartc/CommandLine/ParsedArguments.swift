/// What the parser read from a command line for one command: the values of its options
/// (in the order given) and its positional values.
struct ParsedArguments: Sendable {
  /// The values given for each option, by `OptionSpec.key`; a flag records one empty value
  /// each time it is given.
  private(set) var optionValues: [String: [String]] = [:]
  /// The positional values, in order.
  var positionals: [String] = []

  /// Records one occurrence of `option` with `value` (empty for a flag).
  mutating func record(_ option: OptionSpec, _ value: String) {
    optionValues[option.key, default: []].append(value)
  }

  /// Whether the flag was given.
  func flag(_ option: OptionSpec) -> Bool {
    optionValues[option.key] != nil
  }

  /// The value of a single-valued option: the last one given, or nil.
  func value(_ option: OptionSpec) -> String? {
    optionValues[option.key]?.last
  }

  /// Every value of a repeatable option, in order.
  func values(_ option: OptionSpec) -> [String] {
    optionValues[option.key] ?? []
  }

  /// The value of an integer option (checked by the parser), or `defaultValue`.
  func integer(_ option: OptionSpec, default defaultValue: Int) -> Int {
    value(option).flatMap { Int($0) } ?? defaultValue
  }

  /// The value of a choice option (checked by the parser) as its enum, or `defaultValue`.
  func choice<Choice: RawRepresentable>(_ option: OptionSpec, default defaultValue: Choice) -> Choice
  where Choice.RawValue == String {
    value(option).flatMap { Choice(rawValue: $0) } ?? defaultValue
  }

  /// The positional value at `index`, or nil.
  func positional(_ index: Int) -> String? {
    index < positionals.count ? positionals[index] : nil
  }
}
