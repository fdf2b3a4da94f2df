import Foundation
import Values

/// A small JSON reader for tests (Go `encoding/json` shape: numbers float64, objects
/// `map[string]interface {}`), reporting how many bytes the first value took, like Go's
/// `json.Decoder` followed by `InputOffset`.
struct TestJSONError: Error, CustomStringConvertible {
  let description: String
}

enum TestJSON {
  /// Decodes the first JSON value of `text`; trailing data is left alone.
  static func decodePrefix(_ text: String) throws -> (Value, Int) {
    var p = Reader(bytes: Array(text.utf8), integers: false)
    p.skipSpace()
    if p.pos >= p.bytes.count { throw TestJSONError(description: "EOF") }
    let v = try p.value(depth: 0)
    return (v, p.pos)
  }

  /// Decodes a whole document.
  static func decode(_ text: String, integers: Bool = true) throws -> Value {
    var p = Reader(bytes: Array(text.utf8), integers: integers)
    p.skipSpace()
    let v = try p.value(depth: 0)
    p.skipSpace()
    if p.pos != p.bytes.count { throw TestJSONError(description: "trailing data") }
    return v
  }

  static func decode(file url: URL, integers: Bool = true) throws -> Value {
    try decode(String(decoding: Data(contentsOf: url), as: UTF8.self), integers: integers)
  }

  private struct Reader {
    let bytes: [UInt8]
    let integers: Bool
    var pos = 0

    mutating func skipSpace() {
      while pos < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[pos]) { pos += 1 }
    }

    mutating func value(depth: Int) throws -> Value {
      guard depth < 1000 else { throw TestJSONError(description: "too deep") }
      skipSpace()
      guard pos < bytes.count else { throw TestJSONError(description: "unexpected EOF") }
      switch bytes[pos] {
      case UInt8(ascii: "{"):
        pos += 1
        let m = GoMap()
        skipSpace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
          pos += 1
          return .map(m)
        }
        while true {
          skipSpace()
          guard case .string(let k) = try value(depth: depth + 1) else {
            throw TestJSONError(description: "key not a string")
          }
          skipSpace()
          guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else {
            throw TestJSONError(description: "unexpected EOF")
          }
          pos += 1
          m[k] = try value(depth: depth + 1)
          skipSpace()
          guard pos < bytes.count else { throw TestJSONError(description: "unexpected EOF") }
          if bytes[pos] == UInt8(ascii: ",") {
            pos += 1
            continue
          }
          if bytes[pos] == UInt8(ascii: "}") {
            pos += 1
            return .map(m)
          }
          throw TestJSONError(description: "bad object")
        }
      case UInt8(ascii: "["):
        pos += 1
        var items: [Value] = []
        skipSpace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
          pos += 1
          return .list(items)
        }
        while true {
          items.append(try value(depth: depth + 1))
          skipSpace()
          guard pos < bytes.count else { throw TestJSONError(description: "unexpected EOF") }
          if bytes[pos] == UInt8(ascii: ",") {
            pos += 1
            continue
          }
          if bytes[pos] == UInt8(ascii: "]") {
            pos += 1
            return .list(items)
          }
          throw TestJSONError(description: "bad array")
        }
      case UInt8(ascii: "\""):
        return .string(try string())
      case UInt8(ascii: "t"): return try literal("true", .bool(true))
      case UInt8(ascii: "f"): return try literal("false", .bool(false))
      case UInt8(ascii: "n"): return try literal("null", .null)
      default:
        return try number()
      }
    }

    mutating func literal(_ word: String, _ v: Value) throws -> Value {
      let w = Array(word.utf8)
      guard pos + w.count <= bytes.count else { throw TestJSONError(description: "unexpected EOF") }
      guard Array(bytes[pos..<pos + w.count]) == w else {
        throw TestJSONError(description: "invalid literal")
      }
      pos += w.count
      return v
    }

    mutating func number() throws -> Value {
      let start = pos
      let allowed = Set("+-0123456789.eE".utf8)
      while pos < bytes.count, allowed.contains(bytes[pos]) { pos += 1 }
      let text = String(decoding: bytes[start..<pos], as: UTF8.self)
      if integers, let i = Int64(text) { return .int64(i) }
      guard !text.isEmpty, let d = Double(text), d.isFinite else {
        throw TestJSONError(description: "invalid number \(text)")
      }
      return .float(d)
    }

    mutating func string() throws -> String {
      pos += 1
      var out: [UInt8] = []
      while pos < bytes.count {
        let b = bytes[pos]
        pos += 1
        if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
        if b != UInt8(ascii: "\\") {
          out.append(b)
          continue
        }
        guard pos < bytes.count else { break }
        let e = bytes[pos]
        pos += 1
        switch e {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "u"):
          var code = try hex4()
          if (0xD800..<0xDC00).contains(code), pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"),
            bytes[pos + 1] == UInt8(ascii: "u")
          {
            pos += 2
            let low = try hex4()
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
          out.append(contentsOf: Array(String(scalar).utf8))
        default: out.append(e)
        }
      }
      throw TestJSONError(description: "unexpected EOF")
    }

    mutating func hex4() throws -> UInt32 {
      guard pos + 4 <= bytes.count,
        let v = UInt32(String(decoding: bytes[pos..<pos + 4], as: UTF8.self), radix: 16)
      else { throw TestJSONError(description: "bad escape") }
      pos += 4
      return v
    }
  }
}

/// Python's `json.dumps(v, sort_keys=True)` of a value as Go would marshal it, to compare
/// with oracle outputs stored by the generator scripts.
func pythonJSON(_ v: Value) -> String {
  switch v {
  case .null: return "null"
  case .bool(let b): return b ? "true" : "false"
  case .int(let i): return String(i)
  case .int64(let i): return String(i)
  case .float(let f):
    if f == f.rounded(), abs(f) < 1e21 {
      if abs(f) < 9.2e18 { return String(Int64(f)) }
      return String(format: "%.0f", f)
    }
    return "\(f)"
  case .string(let s): return pythonString(s)
  case .list(let items): return "[" + items.map(pythonJSON).joined(separator: ", ") + "]"
  case .map(let m):
    return "{"
      + m.sortedKeys.map { pythonString($0) + ": " + pythonJSON(m[$0] ?? .null) }.joined(separator: ", ")
      + "}"
  case .object: return "\"<object>\""
  }
}

func pythonString(_ s: String) -> String {
  var out = "\""
  for u in s.utf16 {
    switch u {
    case 0x22: out += "\\\""
    case 0x5C: out += "\\\\"
    case 0x0A: out += "\\n"
    case 0x0D: out += "\\r"
    case 0x09: out += "\\t"
    case 0x08: out += "\\b"
    case 0x0C: out += "\\f"
    case 0x20..<0x7F: out += String(UnicodeScalar(UInt8(u)))
    default:
      let h = String(u, radix: 16)
      out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
    }
  }
  return out + "\""
}

/// The directory of the copied test data.
let testDataURL: URL = Bundle.module.resourceURL!.appendingPathComponent("Data")

/// Reads a JSON-lines file of test data.
func jsonLines(_ name: String) throws -> [GoMap] {
  let text = try String(contentsOf: testDataURL.appendingPathComponent(name), encoding: .utf8)
  return try text.split(separator: "\n").map { line in
    guard case .map(let m) = try TestJSON.decode(String(line)) else {
      throw TestJSONError(description: "not an object")
    }
    return m
  }
}
