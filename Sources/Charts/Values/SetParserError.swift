import Values

/// An error from Helm's `--set` family parser (`strvals`), worded exactly as Helm words it.
///
/// `isEndOfInput` marks errors that wrap Go's `io.EOF`: Helm's parse loop treats them as a
/// normal end of the expression (so `a[1` silently sets nothing), which is why the flag
/// travels with the message.
public struct SetParserError: Error, Equatable, Sendable, CustomStringConvertible {
  public let message: String
  public let isEndOfInput: Bool

  public init(_ message: String, isEndOfInput: Bool = false) {
    self.message = message
    self.isEndOfInput = isEndOfInput
  }

  /// Go's `io.EOF`.
  static let endOfInput = SetParserError("EOF", isEndOfInput: true)

  /// `fmt.Errorf("<prefix>%w", err)`: a new message that still counts as EOF if `err` did.
  func wrapped(_ prefix: String) -> SetParserError {
    SetParserError(prefix + message, isEndOfInput: isEndOfInput)
  }

  public var description: String { message }
}

/// A Go runtime panic the parser recovers from (`unable to parse key: <panic>`): a failed
/// type assertion on a value already present in the destination map.
struct SetParserPanic: Error {
  let message: String

  /// `interface conversion: interface {} is <actual>, not <wanted>`.
  static func conversion(_ actual: Value, wanted: String) -> SetParserPanic {
    let name = actual.isNil ? "nil" : actual.goTypeName
    return SetParserPanic(message: "interface conversion: interface {} is \(name), not \(wanted)")
  }
}

/// Go's `%q` of a `[]rune`: each rune single-quoted (`['b']`, `[',' 'b']`).
func goQuotedRunes(_ s: String) -> String {
  "[" + s.unicodeScalars.map { goQuoted(String($0), quote: "'") }.joined(separator: " ") + "]"
}

/// Go's `strconv.Quote` (or `QuoteRune` with `quote: "'"` for a single rune), as `%q`
/// prints in strvals messages.
func goQuoted(_ s: String, quote: Unicode.Scalar = "\"") -> String {
  if quote == "'", s.unicodeScalars.count == 1, let r = s.unicodeScalars.first {
    return GoStrconv.quoteRune(r)
  }
  return GoStrconv.quote(s)
}

private func hex(_ v: UInt32, width: Int) -> String {
  let digits = String(v, radix: 16)
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// Go's `strconv.IsPrint` approximated with Unicode general categories: letters, marks,
/// numbers, punctuation, symbols and U+0020.
private func isGoPrintable(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar.properties.generalCategory {
  case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
    .paragraphSeparator, .spaceSeparator:
    return false
  default:
    return true
  }
}
