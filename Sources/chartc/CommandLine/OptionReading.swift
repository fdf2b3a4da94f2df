/// The reading of one command's words (those after its name): options with their values,
/// then positionals, keeping what it could not place (unknown options, surplus values) to
/// refuse after the command's own checks.
struct OptionReading {
  let command: CommandSpec
  let words: [CommandLineWord]
  /// Which words an option or a positional has taken.
  private var taken: [Bool]
  /// Where `--` is (the end of the words when there is none).
  private let terminator: Int

  init(command: CommandSpec, words: [CommandLineWord]) {
    self.command = command
    self.words = words
    self.taken = Array(repeating: false, count: words.count)
    self.terminator = words.firstIndex(of: .terminator) ?? words.count
  }

  /// Reads the options and positionals; a missing, refused or unexpected value throws.
  mutating func read() throws -> ParsedArguments {
    var parsed = ParsedArguments()
    for index in 0..<terminator where !taken[index] {
      switch words[index] {
      case .long(let name, let attached):
        guard let option = command.option(long: name) else { continue }
        taken[index] = true
        try take(option, typed: "--\(name)", attached: attached, after: index, into: &parsed)
      case .singleDash(let name, let attached):
        guard name.count == 1, let letter = name.first, let option = command.option(short: letter) else {
          continue
        }
        taken[index] = true
        try take(option, typed: "-\(name)", attached: attached, after: index, into: &parsed)
      case .pack(let letters):
        try takePack(letters, at: index, into: &parsed)
      case .value, .terminator:
        continue
      }
    }
    placePositionals(into: &parsed)
    return parsed
  }

  /// Whether a word nobody took asks for help.
  var asksForHelp: Bool {
    words.indices.contains { $0 < terminator && !taken[$0] && words[$0].asksForHelp }
  }

  /// Throws for the first unknown option, else for the surplus positional values.
  func refuseLeftovers() throws {
    for index in words.indices where !taken[index] {
      switch words[index] {
      case .long, .singleDash, .pack:
        if index < terminator { throw Self.unknownOption(words[index], command: command) }
      case .value, .terminator:
        continue
      }
    }
    let surplus = words.indices.filter { !taken[$0] && $0 != terminator }.compactMap { words[$0].valueText }
    if !surplus.isEmpty { throw UsageError.unexpectedArguments(surplus) }
  }

  /// The error for an option word that names no option of the command.
  static func unknown(_ word: CommandLineWord) -> UsageError {
    unknownOption(word, command: nil)
  }

  private static func unknownOption(_ word: CommandLineWord, command: CommandSpec?) -> UsageError {
    switch word {
    case .long(let name, _):
      return .unknownFlag(name)
    case .singleDash(let name, _):
      return .unknownShorthand(name.first ?? "-", in: "-\(name)")
    case .pack(let letters):
      // argument-parser names the whole pack when no letter is known, else the first unknown letter.
      let known = letters.filter { command?.option(short: $0) != nil }
      guard !known.isEmpty, let unknown = letters.first(where: { !known.contains($0) }) else {
        return .unknownShorthand(letters[0], in: "-" + String(letters))
      }
      return .unknownShorthand(unknown, in: "-\(unknown)")
    case .value(let text):
      return .unexpectedArguments([text])
    case .terminator:
      return .unexpectedArguments(["--"])
    }
  }

  /// Records `option`, given as `typed` (with `attached`, its `=value`), taking its value from
  /// the next word when it needs one.
  private mutating func take(
    _ option: OptionSpec, typed: String, attached: String?, after index: Int,
    into parsed: inout ParsedArguments
  ) throws {
    guard option.takesValue else {
      if let attached { throw UsageError.unexpectedValue(attached, typed: typed) }
      parsed.record(option, "")
      return
    }
    let value: String
    if let attached {
      value = attached
    } else if let next = nextFree(after: index), let text = words[next].valueText {
      taken[next] = true
      value = text
    } else {
      throw UsageError.missingValue(typed: typed)
    }
    try record(option, value, typed: typed, into: &parsed)
  }

  /// `-xyz`: each known letter's flag, and the values of those that take one from the words
  /// that follow, in order. A pack with a letter that names no option is left for
  /// `refuseLeftovers` to refuse.
  private mutating func takePack(_ letters: [Character], at index: Int, into parsed: inout ParsedArguments)
    throws
  {
    var last = index
    var complete = true
    for letter in letters {
      guard let option = command.option(short: letter) else {
        complete = false
        continue
      }
      guard option.takesValue else {
        parsed.record(option, "")
        continue
      }
      guard let next = nextFree(after: last), let text = words[next].valueText else {
        throw UsageError.unknownShorthand(letters[0], in: "-" + String(letters))
      }
      taken[next] = true
      last = next
      try record(option, text, typed: "-\(letter)", into: &parsed)
    }
    taken[index] = complete
  }

  private func record(
    _ option: OptionSpec, _ value: String, typed: String, into parsed: inout ParsedArguments
  )
    throws
  {
    guard option.values.accepts(value) else {
      throw UsageError.invalidValue(value, typed: typed, option: option)
    }
    parsed.record(option, value)
  }

  /// The first word after `index` not yet taken, before `--`.
  private func nextFree(after index: Int) -> Int? {
    var next = index + 1
    while next < terminator && taken[next] { next += 1 }
    return next < terminator ? next : nil
  }

  /// Gives the values nobody took (after `--` too) to the command's positional arguments.
  private mutating func placePositionals(into parsed: inout ParsedArguments) {
    var free = words.indices.filter { index in
      !taken[index] && index != terminator && words[index].valueText != nil
    }[...]
    for argument in command.arguments {
      repeat {
        guard let index = free.popFirst(), let text = words[index].valueText else { return }
        taken[index] = true
        parsed.positionals.append(text)
      } while argument.repeating
    }
  }
}
