import GoLib
import Values

/// Go's `html`, `js` and `urlquery` template escapers (`text/template/funcs.go`,
/// `net/url.QueryEscape`).
enum GoEscapers {
  /// Go's `evalArgs`: a lone string as is, otherwise `fmt.Sprint` of the printable values.
  static func evalArgs(_ args: [Operand]) -> String {
    if args.count == 1, case .string(let s) = args[0].value { return s }
    var printable: [Value] = []
    for a in args {
      if a.value.isNil {
        printable.append(.string("<no value>"))
      } else {
        printable.append(a.value)
      }
    }
    return GoFormatterBridge.sprint(printable)
  }

  static func html(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for r in s.unicodeScalars {
      switch r {
      case "\"": out += "&#34;"
      case "'": out += "&#39;"
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\u{0}": out += "\u{FFFD}"
      default: out.unicodeScalars.append(r)
      }
    }
    return out
  }

  static func js(_ s: String) -> String {
    let hex = Array("0123456789ABCDEF")
    var out = ""
    for r in s.unicodeScalars {
      switch r {
      case "\\": out += "\\\\"
      case "'": out += "\\'"
      case "\"": out += "\\\""
      case "<": out += "\\u003C"
      case ">": out += "\\u003E"
      case "&": out += "\\u0026"
      case "=": out += "\\u003D"
      default:
        if GoByteString.rawByte(r) != nil {
          // A byte that is not UTF-8 decodes to U+FFFD, which is printable: Go copies the byte.
          out.unicodeScalars.append(r)
        } else if r.value < 0x20 {
          out += "\\u00" + String(hex[Int(r.value >> 4)]) + String(hex[Int(r.value & 0xF)])
        } else if r.value >= 0x80 && !GoStrconv.isPrint(r.value) {
          let h = String(r.value, radix: 16, uppercase: true)
          out += "\\u" + String(repeating: "0", count: max(0, 4 - h.count)) + h
        } else {
          out.unicodeScalars.append(r)
        }
      }
    }
    return out
  }

  /// `url.QueryEscape`.
  static func queryEscape(_ s: String) -> String {
    let hex = Array("0123456789ABCDEF")
    var out = ""
    for b in GoByteString.bytes(s) {
      switch b {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
        UInt8(ascii: "~"):
        out.unicodeScalars.append(UnicodeScalar(b))
      case UInt8(ascii: " "):
        out += "+"
      default:
        out += "%" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 0xF)])
      }
    }
    return out
  }
}
