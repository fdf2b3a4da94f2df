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

  /// `template.HTMLEscapeString`.
  static let htmlEscaper = ScalarEscaper([
    "\"": "&#34;", "'": "&#39;", "&": "&amp;", "<": "&lt;", ">": "&gt;", "\u{0}": "\u{FFFD}",
  ])

  static func html(_ s: String) -> String { htmlEscaper.escape(s) }

  /// `template.JSEscapeString`: quotes, `<>&=` and control or unprintable characters.
  static let jsEscaper = ScalarEscaper(
    [
      "\\": "\\\\", "'": "\\'", "\"": "\\\"", "<": "\\u003C", ">": "\\u003E", "&": "\\u0026",
      "=": "\\u003D",
    ],
    other: { r in
      // A byte that is not UTF-8 decodes to U+FFFD, which is printable: Go copies the byte.
      if GoByteString.rawByte(r) != nil { return nil }
      return r.value < 0x20 || (r.value >= 0x80 && !GoStrconv.isPrint(r.value))
        ? ScalarEscaper.unicodeEscape(r.value, uppercase: true) : nil
    })

  static func js(_ s: String) -> String { jsEscaper.escape(s) }

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
