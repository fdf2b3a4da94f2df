import Values

/// The one place the template engine calls Go's `fmt`: `%v` printing, `print`, `println`
/// and `printf`. It forwards to `Values.GoFormatter`; the small fallbacks below stand in
/// until the full fmt port provides `sprint`, `sprintln` and `sprintf`.
enum GoFormatterBridge {
  static func formatV(_ v: Value) -> String { GoFormatter.formatV(v) }

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
      case ("s", .list), ("s", .map): out += formatV(a)
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
