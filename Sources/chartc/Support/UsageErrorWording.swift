/// Helm's (cobra/pflag's) wording for command-line misuse, translated from ArgumentParser's
/// messages: `unknown flag: --foo`, `unknown shorthand flag: 'x' in -x`,
/// `flag needs an argument: --set`. Other messages are kept as they are.
enum UsageErrorWording {
  static func helm(_ message: String) -> String {
    let firstLine = String(message.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
    if let flag = quoted(after: "Unknown option '", in: firstLine) {
      if flag.hasPrefix("--") { return "unknown flag: \(flag)" }
      return "unknown shorthand flag: '\(flag.dropFirst().prefix(1))' in \(flag)"
    }
    if let spec = quoted(after: "Missing value for '", in: firstLine) {
      let flag = String(spec.split(separator: " ").first ?? Substring(spec))
      if flag.hasPrefix("--") { return "flag needs an argument: \(flag)" }
      return "flag needs an argument: '\(flag.dropFirst())' in \(flag)"
    }
    return message
  }

  /// The text between `prefix` and the next `'` when `line` starts with `prefix`.
  private static func quoted(after prefix: String, in line: String) -> String? {
    guard line.hasPrefix(prefix) else { return nil }
    let rest = line.dropFirst(prefix.count)
    guard let close = rest.firstIndex(of: "'") else { return nil }
    return String(rest[..<close])
  }
}
