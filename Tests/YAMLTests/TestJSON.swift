import Values

/// A small JSON reader for test data: objects become `map[string]interface {}`, every number
/// a `.float` (as Helm sees values that travelled as JSON).
struct TestJSON {
  private let b: [UInt8]
  private var i = 0

  static func parse(_ text: String) -> Value? {
    var p = TestJSON(b: Array(text.utf8))
    p.skip()
    guard let v = p.value() else { return nil }
    p.skip()
    return p.i == p.b.count ? v : nil
  }

  private init(b: [UInt8]) { self.b = b }

  private mutating func skip() {
    while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
  }

  private mutating func value() -> Value? {
    skip()
    guard i < b.count else { return nil }
    switch b[i] {
    case UInt8(ascii: "{"):
      i += 1
      let m = GoMap()
      skip()
      if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .map(m) }
      while true {
        skip()
        guard case .string(let k)? = value() else { return nil }
        skip()
        guard i < b.count, b[i] == UInt8(ascii: ":") else { return nil }
        i += 1
        guard let v = value() else { return nil }
        m[k] = v
        skip()
        guard i < b.count else { return nil }
        if b[i] == UInt8(ascii: ",") { i += 1; continue }
        if b[i] == UInt8(ascii: "}") { i += 1; return .map(m) }
        return nil
      }
    case UInt8(ascii: "["):
      i += 1
      var items: [Value] = []
      skip()
      if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .list(items) }
      while true {
        guard let v = value() else { return nil }
        items.append(v)
        skip()
        guard i < b.count else { return nil }
        if b[i] == UInt8(ascii: ",") { i += 1; continue }
        if b[i] == UInt8(ascii: "]") { i += 1; return .list(items) }
        return nil
      }
    case UInt8(ascii: "\""):
      i += 1
      var out: [UInt8] = []
      var pendingHigh: UInt32? = nil
      while i < b.count, b[i] != UInt8(ascii: "\"") {
        if b[i] == UInt8(ascii: "\\") {
          i += 1
          guard i < b.count else { return nil }
          let c = b[i]
          i += 1
          switch c {
          case UInt8(ascii: "n"): out.append(0x0A)
          case UInt8(ascii: "t"): out.append(0x09)
          case UInt8(ascii: "r"): out.append(0x0D)
          case UInt8(ascii: "b"): out.append(0x08)
          case UInt8(ascii: "f"): out.append(0x0C)
          case UInt8(ascii: "u"):
            guard i + 4 <= b.count, let u = UInt32(String(decoding: b[i..<(i + 4)], as: UTF8.self), radix: 16)
            else { return nil }
            i += 4
            var scalar: Unicode.Scalar?
            if u >= 0xD800 && u < 0xDC00 {
              pendingHigh = u
              continue
            } else if u >= 0xDC00 && u < 0xE000, let h = pendingHigh {
              scalar = Unicode.Scalar(0x10000 + ((h - 0xD800) << 10) + (u - 0xDC00))
            } else {
              scalar = Unicode.Scalar(u)
            }
            pendingHigh = nil
            out.append(contentsOf: Array(String(scalar ?? "\u{FFFD}").utf8))
          default: out.append(c)
          }
        } else {
          out.append(b[i])
          i += 1
        }
      }
      i += 1
      return .string(String(decoding: out, as: UTF8.self))
    case UInt8(ascii: "t"):
      i += 4
      return .bool(true)
    case UInt8(ascii: "f"):
      i += 5
      return .bool(false)
    case UInt8(ascii: "n"):
      i += 4
      return .null
    default:
      let start = i
      while i < b.count, "+-0123456789.eE".utf8.contains(b[i]) { i += 1 }
      guard let d = Double(String(decoding: b[start..<i], as: UTF8.self)) else { return nil }
      return .float(d)
    }
  }
}

/// Structural equality of values, maps compared by content (test helper).
func valuesEqual(_ a: Value, _ b: Value) -> Bool {
  switch (a, b) {
  case (.null, .null): return true
  case (.bool(let x), .bool(let y)): return x == y
  case (.float(let x), .float(let y)): return x == y || (x.isNaN && y.isNaN)
  case (.string(let x), .string(let y)): return x == y
  case (.list(let x), .list(let y)): return x.count == y.count && zip(x, y).allSatisfy { valuesEqual($0, $1) }
  case (.map(let x), .map(let y)):
    guard x.count == y.count else { return false }
    for (k, v) in x.storage {
      guard let w = y.storage[k], valuesEqual(v, w) else { return false }
    }
    return true
  default: return false
  }
}
