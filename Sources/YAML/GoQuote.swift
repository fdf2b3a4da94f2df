/// Go's `strconv.Quote`.
enum GoQuote {
  static func quote(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      case "\u{07}": out += "\\a"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case "\u{0B}": out += "\\v"
      default:
        if u.value < 0x20 || u.value == 0x7F {
          out += "\\x" + (u.value < 16 ? "0" : "") + String(u.value, radix: 16)
        } else if u.value >= 0x80 && u.value < 0xA0 {
          out += "\\u00" + String(u.value, radix: 16)
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }
}
