import Values

/// Helm's `--set` family grammar (Go's `pkg/strvals`), parsing one expression *into* an
/// existing values map, as Helm does for `--set`, `--set-string`, `--set-file`,
/// `--set-json` (`k=<JSON>` pairs) and `--set-literal`.
///
/// Grammar: items split on unescaped `,`; a key ends at `=`, `[`, `,` or `.`; `.` nests
/// maps (at most 30 levels); `k[i]` indexes lists (0...65536, holes become null); `\` escapes
/// any next character; `{a,b}` is a list; values are typed (`int64`, `true`/`false`/`null`,
/// else string) unless the mode says otherwise. Existing values are edited in place: a list
/// already present is extended, a map already present gets new keys, and a value of the
/// wrong type fails with Go's `interface conversion` panic text.
public enum SetParser {
  /// Reads the file named by a `--set-file` value and returns the leaf to store (the text).
  public typealias FileReader = (String) throws -> Value
  /// Decodes the first JSON value at the start of the text, returning it and the number of
  /// UTF-8 bytes it took (Go's `json.Decoder.InputOffset`). Numbers must be float64.
  public typealias JSONDecoder = (String) throws -> (Value, Int)

  /// How leaf values are produced.
  public enum Mode {
    /// `--set`: typed leaves (int64, bool, null, string).
    case typed
    /// `--set-string`: every leaf is a string.
    case string
    /// `--set-file`: each leaf names a file; the reader supplies its content.
    case file(FileReader)
    /// `--set-json` `k=<JSON>` pairs: each leaf is one JSON value; empty means null.
    case json(JSONDecoder)
    /// `--set-literal`: no escapes, no commas; the value is the rest of the expression.
    case literal
  }

  /// Parses `expression` into `dest` (Go's `ParseInto`, `ParseIntoString`, `ParseIntoFile`,
  /// `ParseJSON`, `ParseLiteralInto`). On error `dest` may hold partial changes, as in Helm.
  public static func parse(_ expression: String, into dest: GoMap, mode: Mode = .typed) throws(SetParserError)
  {
    let scanner = SetScanner(expression)
    if case .literal = mode {
      var parser = LiteralSetParser(scanner: scanner)
      try parser.parse(dest)
      return
    }
    let reader: (String) throws -> Value
    var decoder: JSONDecoder? = nil
    switch mode {
    case .typed: reader = { typedSetValue($0, forceString: false) }
    case .string: reader = { typedSetValue($0, forceString: true) }
    case .file(let read): reader = read
    case .json(let decode):
      reader = { typedSetValue($0, forceString: false) }
      decoder = decode
    case .literal: return
    }
    var parser = StrvalsParser(scanner: scanner, reader: reader, jsonDecoder: decoder)
    try parser.parse(dest)
  }

  /// Parses `expression` into a new map (Go's `strvals.Parse` and friends).
  public static func parse(_ expression: String, mode: Mode = .typed) throws(SetParserError) -> GoMap {
    let dest = GoMap()
    try parse(expression, into: dest, mode: mode)
    return dest
  }

  /// Helm's maximum list index (`strvals.MaxIndex`).
  public static let maxIndex = 65536
  /// Helm's maximum number of `.` levels in one key (`strvals.MaxNestedNameLevel`).
  public static let maxNestedNameLevel = 30
}

/// Go's `typedVal`: `true`/`false`/`null` (case-insensitive), `0`, base-10 int64 text not
/// starting with `0` → int64; everything else (and everything in string mode) a string.
public func typedSetValue(_ text: String, forceString: Bool) -> Value {
  if forceString { return .string(text) }
  if goEqualFold(text, "true") { return .bool(true) }
  if goEqualFold(text, "false") { return .bool(false) }
  if goEqualFold(text, "null") { return .null }
  if text == "0" { return .int64(0) }
  if let first = text.utf8.first, first != UInt8(ascii: "0"), let i = goParseInt64(text) {
    return .int64(i)
  }
  return .string(text)
}

/// `strings.EqualFold` against an ASCII lowercase word; Unicode folds that reach ASCII
/// letters (`ſ` → `s`, the Kelvin sign → `k`) count too.
func goEqualFold(_ text: String, _ lowerASCII: String) -> Bool {
  let a = Array(text.unicodeScalars)
  let b = Array(lowerASCII.unicodeScalars)
  guard a.count == b.count else { return false }
  for (x, y) in zip(a, b) {
    var v = x.value
    if v >= 0x41 && v <= 0x5A { v += 0x20 }
    if v == 0x17F { v = 0x73 }  // ſ
    if v == 0x212A { v = 0x6B }  // Kelvin sign
    if v != y.value { return false }
  }
  return true
}

/// `strconv.ParseInt(s, 10, 64)`: optional sign, ASCII digits, no underscores, in range.
func goParseInt64(_ s: String) -> Int64? {
  var bytes = Substring(s).utf8[...]
  var negative = false
  if let f = bytes.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") {
    negative = f == UInt8(ascii: "-")
    bytes = bytes.dropFirst()
  }
  if bytes.isEmpty { return nil }
  var magnitude: UInt64 = 0
  for b in bytes {
    guard b >= 48 && b <= 57 else { return nil }
    let (m1, o1) = magnitude.multipliedReportingOverflow(by: 10)
    let (m2, o2) = m1.addingReportingOverflow(UInt64(b - 48))
    if o1 || o2 { return nil }
    magnitude = m2
  }
  if negative {
    if magnitude > UInt64(Int64.max) + 1 { return nil }
    return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
  }
  if magnitude > UInt64(Int64.max) { return nil }
  return Int64(magnitude)
}

/// `strconv.Atoi` with its error texts (`strconv.Atoi: parsing "x": invalid syntax`).
func goAtoi(_ s: String) -> Result<Int, SetParserError> {
  if let v = goParseInt64(s) { return .success(Int(v)) }
  // Distinguish syntax from range errors as Go does.
  var body = Substring(s)
  if let f = body.first, f == "+" || f == "-" { body = body.dropFirst() }
  let digitsOnly = !body.isEmpty && body.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
  let reason = digitsOnly ? "value out of range" : "invalid syntax"
  return .failure(SetParserError("strconv.Atoi: parsing \(goQuoted(s)): \(reason)"))
}
