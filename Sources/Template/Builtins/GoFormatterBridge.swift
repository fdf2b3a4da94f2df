import Values

/// The one place the template engine calls Go's `fmt`: `%v` printing, `print`, `println`
/// and `printf`. It forwards to `Values.GoFormatter`; the small fallbacks below stand in
/// until the full fmt port provides `sprint`, `sprintln` and `sprintf`.
enum GoFormatterBridge {
  static func formatV(_ v: Value) -> String {
    switch v {
    case .float(let f): return formatFloat(f)
    case .list(let items): return "[" + items.map(formatV).joined(separator: " ") + "]"
    case .map(let m):
      return "map[" + m.sortedKeys.map { $0 + ":" + formatV(m.storage[$0] ?? .null) }.joined(separator: " ") + "]"
    default: return GoFormatter.formatV(v)
    }
  }

  /// `strconv.FormatFloat(f, 'g', -1, 64)` as `%v` prints a float64.
  static func formatFloat(_ f: Double) -> String {
    if f.isNaN { return "NaN" }
    if f.isInfinite { return f < 0 ? "-Inf" : "+Inf" }
    if f == 0 { return f.sign == .minus ? "-0" : "0" }
    // Shortest round-trip digits and decimal exponent from Swift's description.
    var text = "\(abs(f))"
    var exp10 = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      exp10 = Int(text[text.index(after: e)...]) ?? 0
      text = String(text[..<e])
    }
    var intPart = text
    var fracPart = ""
    if let dot = text.firstIndex(of: ".") {
      intPart = String(text[..<dot])
      fracPart = String(text[text.index(after: dot)...])
    }
    var digits = intPart + fracPart
    var dp = intPart.count + exp10
    while digits.hasPrefix("0") && digits.count > 1 {
      digits.removeFirst()
      dp -= 1
    }
    while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
    let sign = f < 0 ? "-" : ""
    let exp = dp - 1
    if exp < -4 || exp >= 6 {
      var m = String(digits.prefix(1))
      if digits.count > 1 { m += "." + digits.dropFirst() }
      let e = abs(exp)
      return sign + m + "e" + (exp < 0 ? "-" : "+") + (e < 10 ? "0" : "") + String(e)
    }
    if dp <= 0 { return sign + "0." + String(repeating: "0", count: -dp) + digits }
    if dp >= digits.count { return sign + digits + String(repeating: "0", count: dp - digits.count) }
    let i = digits.index(digits.startIndex, offsetBy: dp)
    return sign + digits[..<i] + "." + digits[i...]
  }

  /// `fmt.Sprint`: spaces between operands when neither side is a string.
  static func sprint(_ args: [Value]) -> String {
    var out = ""
    for (i, a) in args.enumerated() {
      if i > 0, a.stringValue == nil, args[i - 1].stringValue == nil { out += " " }
      out += formatV(a)
    }
    return out
  }

  /// `fmt.Sprintln`: always spaces, then a newline.
  static func sprintln(_ args: [Value]) -> String {
    args.map(formatV).joined(separator: " ") + "\n"
  }

  /// `%s` of a composite: `%s` applied to each element, `%!s(T=v)` for non-strings.
  static func formatS(_ v: Value) -> String {
    switch v {
    case .string(let s): return s
    case .null: return "%!s(<nil>)"
    case .list(let items): return "[" + items.map(formatS).joined(separator: " ") + "]"
    case .map(let m):
      return "map[" + m.sortedKeys.map { $0 + ":" + formatS(m.storage[$0] ?? .null) }.joined(separator: " ") + "]"
    default: return "%!s(" + v.goTypeName + "=" + formatV(v) + ")"
    }
  }

  /// `fmt.Sprintf` (temporary subset: %v %s %d %q %t %%, Go's error forms for the rest).
  static func sprintf(_ format: String, _ args: [Value]) -> String {
    var out = ""
    var argIndex = 0
    var chars = Array(format.unicodeScalars)[...]
    while let c = chars.first {
      chars = chars.dropFirst()
      if c != "%" {
        out.unicodeScalars.append(c)
        continue
      }
      guard let verb = chars.first else {
        out += "%!(NOVERB)"
        break
      }
      chars = chars.dropFirst()
      if verb == "%" {
        out += "%"
        continue
      }
      guard argIndex < args.count else {
        out += "%!" + String(verb) + "(MISSING)"
        continue
      }
      let a = args[argIndex]
      argIndex += 1
      switch (verb, a) {
      case ("v", _): out += formatV(a)
      case ("s", .string(let s)): out += s
      case ("d", .int(let i)): out += String(i)
      case ("d", .int64(let i)): out += String(i)
      case ("t", .bool(let b)): out += b ? "true" : "false"
      case ("q", .string(let s)): out += GoQuote.quote(s)
      case ("s", .list), ("s", .map): out += formatS(a)
      default:
        out += "%!" + String(verb) + "(" + a.goTypeName + "=" + formatV(a) + ")"
      }
    }
    if argIndex < args.count {
      out += "%!(EXTRA " + args[argIndex...].map { $0.goTypeName + "=" + formatV($0) }.joined(separator: ", ") + ")"
    }
    return out
  }
}
