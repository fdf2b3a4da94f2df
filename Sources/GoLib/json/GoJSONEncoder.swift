import Values

/// Go's `encoding/json` encoder (`json.Marshal`, `json.MarshalIndent`, and an `Encoder`
/// with `SetEscapeHTML(false)`) over `Value`.
struct GoJSONEncoder {
  var out: [UInt8] = []
  let escapeHTML: Bool
  /// Indentation, or nil for compact output.
  let prefix: [UInt8]?
  let indent: [UInt8]
  /// Maps being encoded on the current path, to report cycles as Go does.
  private var mapsOnPath: Set<ObjectIdentifier> = []

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
  private static let maxDepth = 10_000

  init(escapeHTML: Bool, prefix: String? = nil, indent: String = "") {
    self.escapeHTML = escapeHTML
    self.prefix = prefix.map { Array($0.utf8) }
    self.indent = Array(indent.utf8)
    out.reserveCapacity(256)
  }

  private mutating func newline(_ depth: Int) {
    guard let prefix else { return }
    out.append(10)
    out.append(contentsOf: prefix)
    for _ in 0..<depth { out.append(contentsOf: indent) }
  }

  /// An open array or object: what is left to write (an explicit stack, so deep values
  /// never exhaust the thread's stack).
  private enum Frame {
    case array([Value], next: Int)
    case object(GoMap, keys: [String], next: Int)
  }

  mutating func encode(_ root: Value) throws {
    var stack: [Frame] = []
    var pending: Value? = root
    var expansions = 0
    while true {
      if let v = pending {
        pending = nil
        if case .object = v {
          expansions += 1
        } else {
          expansions = 0
        }
        switch v {
        case .null:
          out.append(contentsOf: "null".utf8)
        case .bool(let b):
          out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i):
          out.append(contentsOf: String(i).utf8)
        case .int64(let i):
          out.append(contentsOf: String(i).utf8)
        case .float(let f):
          try Self.appendFloat(&out, f)
        case .string(let s):
          if GoByteString.mayHoldRawBytes(s) {
            let raw = GoByteString.bytes(s)
            raw.withUnsafeBufferPointer { appendString(bytes: $0) }
          } else {
            appendString(s.utf8)
          }
        case .list(let items):
          openArray(items, &stack)
        case .map(let m):
          let id = ObjectIdentifier(m)
          if mapsOnPath.contains(id) {
            throw GoJSONError("json: unsupported value: encountered a cycle via \(m.goTypeName)")
          }
          if m.isNilMap {
            out.append(contentsOf: "null".utf8)
            break
          }
          out.append(UInt8(ascii: "{"))
          if m.count == 0 {
            out.append(UInt8(ascii: "}"))
          } else {
            mapsOnPath.insert(id)
            stack.append(.object(m, keys: m.structFieldOrder ?? m.bytewiseSortedKeys, next: 0))
          }
        case .object(let o):
          if let custom = o as? any GoJSONEncodable {
            if expansions > Self.maxDepth {
              throw GoJSONError("json: unsupported value: encountered a cycle via \(o.goTypeName)")
            }
            pending = try custom.goJSONValue()
            continue
          } else if let slice = o as? TypedSlice, slice.elementType == "uint8" {
            let bytes = slice.items.map { item -> UInt8 in
              if case .int(let n) = item { return UInt8(truncatingIfNeeded: n) }
              return 0
            }
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: GoBase64.encodedBytes(bytes))
            out.append(UInt8(ascii: "\""))
          } else if let items = o.sliceItems {
            openArray(items, &stack)
          } else {
            throw GoJSONError("json: unsupported type: \(o.goTypeName)")
          }
        }
      }
      // Write the next element of the innermost open container, or close it.
      guard let top = stack.popLast() else { return }
      let depth = stack.count
      switch top {
      case .array(let items, let next):
        if next < items.count {
          if next > 0 { out.append(UInt8(ascii: ",")) }
          newline(depth + 1)
          pending = items[next]
          stack.append(.array(items, next: next + 1))
        } else {
          newline(depth)
          out.append(UInt8(ascii: "]"))
        }
      case .object(let m, let keys, let next):
        if next < keys.count {
          if next > 0 { out.append(UInt8(ascii: ",")) }
          newline(depth + 1)
          appendString(keys[next].utf8)
          out.append(UInt8(ascii: ":"))
          if prefix != nil { out.append(32) }
          pending = m.storage[keys[next]] ?? .null
          stack.append(.object(m, keys: keys, next: next + 1))
        } else {
          newline(depth)
          out.append(UInt8(ascii: "}"))
          mapsOnPath.remove(ObjectIdentifier(m))
        }
      }
    }
  }

  private mutating func openArray(_ items: [Value], _ stack: inout [Frame]) {
    out.append(UInt8(ascii: "["))
    if items.isEmpty {
      out.append(UInt8(ascii: "]"))
    } else {
      stack.append(.array(items, next: 0))
    }
  }

  /// Go's float encoding: shortest digits, plain between 1e-6 and 1e21, else exponent
  /// form with the exponent's leading zero dropped (`1e-7`, `1e+21`).
  static func appendFloat(_ out: inout [UInt8], _ f: Double) throws {
    if f.isNaN || f.isInfinite {
      throw GoJSONError(
        "json: unsupported value: " + GoStrconv.formatFloat(f, fmt: UInt8(ascii: "g"), prec: -1))
    }
    let a = abs(f)
    var fmt = UInt8(ascii: "f")
    if a != 0 && (a < 1e-6 || a >= 1e21) { fmt = UInt8(ascii: "e") }
    let start = out.count
    GoStrconv.appendFloat(&out, f, fmt: fmt, prec: -1)
    if fmt == UInt8(ascii: "e") {
      let n = out.count - start
      if n >= 4 && out[out.count - 4] == UInt8(ascii: "e") && out[out.count - 3] == UInt8(ascii: "-")
        && out[out.count - 2] == 48
      {
        out[out.count - 2] = out[out.count - 1]
        out.removeLast()
      }
    }
  }

  /// Go's `appendString`: JSON string escaping with optional HTML-safe escapes.
  mutating func appendString(_ s: String.UTF8View) {
    let done: Void? = s.withContiguousStorageIfAvailable { appendString(bytes: $0) }
    if done == nil {
      let bytes = Array(s)
      bytes.withUnsafeBufferPointer { appendString(bytes: $0) }
    }
  }

  private mutating func appendString(bytes src: UnsafeBufferPointer<UInt8>) {
    out.append(UInt8(ascii: "\""))
    var start = 0
    var i = 0
    let n = src.count
    while i < n {
      let b = src[i]
      if b < 0x80 {
        if b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\")
          && !(escapeHTML && (b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "&")))
        {
          i += 1
          continue
        }
        if i > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: src[start..<i])) }
        if b == UInt8(ascii: "\\") || b == UInt8(ascii: "\"") {
          out.append(contentsOf: [0x5C, b])
        } else if b != 0x07, b != 0x0B, let letter = GoStrconv.escapeLetter(UInt32(b)) {
          // encoding/json has Go's one-letter escapes but `\a` and `\v`
          out.append(contentsOf: [0x5C, letter])
        } else {
          out.append(contentsOf: [
            0x5C, UInt8(ascii: "u"), 48, 48, Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)],
          ])
        }
        i += 1
        start = i
        continue
      }
      let (r, w) = GoStrconv.decodeRune(src, at: i)
      if w <= 1 {
        // Invalid UTF-8 (only possible for byte input): U+FFFD, as Go writes it.
        if i > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: src[start..<i])) }
        out.append(contentsOf: Array("\\ufffd".utf8))
        i += 1
        start = i
        continue
      }
      if r == 0x2028 || r == 0x2029 {
        if i > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: src[start..<i])) }
        out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 50, 48, 50, r == 0x2028 ? 56 : 57])
        i += w
        start = i
        continue
      }
      i += w
    }
    if n > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: src[start..<n])) }
    out.append(UInt8(ascii: "\""))
  }

  /// Standard base64 with padding, as Go encodes `[]byte`.

}
