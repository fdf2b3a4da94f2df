import Values

/// A small JSON reader for test data: objects become maps, every number a float64,
/// as Helm sees values supplied as JSON.
struct TestJSON {
  private let bytes: [UInt8]
  private var i = 0

  static func parse(_ text: String) -> Value? {
    var p = TestJSON(bytes: Array(text.utf8))
    return p.value()
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private mutating func skip() {
    while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
  }

  mutating func value() -> Value? {
    skip()
    guard i < bytes.count else { return nil }
    switch bytes[i] {
    case UInt8(ascii: "{"):
      i += 1
      let m = GoMap()
      skip()
      if bytes[i] == UInt8(ascii: "}") { i += 1; return .map(m) }
      while true {
        skip()
        guard let k = string() else { return nil }
        skip(); i += 1  // :
        guard let v = value() else { return nil }
        m[k] = v
        skip()
        if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
        i += 1
        return .map(m)
      }
    case UInt8(ascii: "["):
      i += 1
      var items: [Value] = []
      skip()
      if bytes[i] == UInt8(ascii: "]") { i += 1; return .list(items) }
      while true {
        guard let v = value() else { return nil }
        items.append(v)
        skip()
        if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
        i += 1
        return .list(items)
      }
    case UInt8(ascii: "\""):
      return string().map { .string($0) }
    case UInt8(ascii: "t"): i += 4; return .bool(true)
    case UInt8(ascii: "f"): i += 5; return .bool(false)
    case UInt8(ascii: "n"): i += 4; return .null
    default:
      let start = i
      while i < bytes.count, "+-0123456789.eE".utf8.contains(bytes[i]) { i += 1 }
      return Double(String(decoding: bytes[start..<i], as: UTF8.self)).map { .float($0) }
    }
  }

  private mutating func string() -> String? {
    guard bytes[i] == UInt8(ascii: "\"") else { return nil }
    i += 1
    var out: [UInt8] = []
    while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
      if bytes[i] == UInt8(ascii: "\\") {
        i += 1
        let c = bytes[i]
        switch c {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "u"):
          var code = UInt32(String(decoding: bytes[(i + 1)...(i + 4)], as: UTF8.self), radix: 16) ?? 0xFFFD
          i += 4
          if code >= 0xD800 && code < 0xDC00, i + 6 < bytes.count, bytes[i + 1] == UInt8(ascii: "\\") {
            let low = UInt32(String(decoding: bytes[(i + 3)...(i + 6)], as: UTF8.self), radix: 16) ?? 0
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            i += 6
          }
          out += Array(String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8)
        default: out.append(c)
        }
        i += 1
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    i += 1
    return String(decoding: out, as: UTF8.self)
  }
}
