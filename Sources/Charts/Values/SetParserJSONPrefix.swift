import Values

extension SetParser {
  /// The `--set-json` value decoder Helm uses (`json.Decoder.Decode` then `InputOffset`):
  /// the first JSON value of the text and the bytes it took, trailing text left alone.
  /// The value's extent is found as Go's scanner finds it (a number or literal ends at
  /// the first byte that cannot continue it; an incomplete one is an error), and the
  /// value itself is decoded by `GoJSON.decode`.
  public static func decodeJSONPrefix(_ text: String) throws -> (Value, Int) {
    let bytes = Array(text.utf8)
    var i = 0
    while i < bytes.count, isJSONSpace(bytes[i]) { i += 1 }
    let start = i
    guard i < bytes.count else { throw SetParserError("EOF") }
    let end = try jsonValueEnd(bytes, from: i)
    let value = try GoJSON.decode(bytes: Array(bytes[start..<end]))
    return (value, end)
  }
}

private func isJSONSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

/// The index just past the JSON value starting at `i`.
private func jsonValueEnd(_ bytes: [UInt8], from i: Int) throws(SetParserError) -> Int {
  let c = bytes[i]
  switch c {
  case UInt8(ascii: "{"), UInt8(ascii: "["):
    var depth = 0
    var j = i
    var inString = false
    while j < bytes.count {
      let b = bytes[j]
      if inString {
        if b == UInt8(ascii: "\\") {
          j += 2
          continue
        }
        if b == UInt8(ascii: "\"") { inString = false }
      } else if b == UInt8(ascii: "\"") {
        inString = true
      } else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
        depth += 1
      } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
        depth -= 1
        if depth == 0 { return j + 1 }
      }
      j += 1
    }
    throw SetParserError("unexpected EOF")
  case UInt8(ascii: "\""):
    var j = i + 1
    while j < bytes.count {
      if bytes[j] == UInt8(ascii: "\\") {
        j += 2
        continue
      }
      if bytes[j] == UInt8(ascii: "\"") { return j + 1 }
      j += 1
    }
    throw SetParserError("unexpected EOF")
  case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
    let word = c == UInt8(ascii: "t") ? "true" : c == UInt8(ascii: "f") ? "false" : "null"
    let w = Array(word.utf8)
    for (k, expected) in w.enumerated() {
      guard i + k < bytes.count else { throw SetParserError("unexpected EOF") }
      if bytes[i + k] != expected {
        throw SetParserError(
          "invalid character in literal \(word) (expecting \(goQuoted(String(UnicodeScalar(expected)), quote: "'")))"
        )
      }
    }
    return i + w.count
  default:
    return try jsonNumberEnd(bytes, from: i)
  }
}

/// Go's number scanner states: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
private func jsonNumberEnd(_ bytes: [UInt8], from start: Int) throws(SetParserError) -> Int {
  func digit(_ k: Int) -> Bool { k < bytes.count && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
  var j = start
  if j < bytes.count, bytes[j] == UInt8(ascii: "-") { j += 1 }
  guard digit(j) else {
    if j >= bytes.count { throw SetParserError("unexpected EOF") }
    throw SetParserError("invalid character looking for beginning of value")
  }
  if bytes[j] == UInt8(ascii: "0") {
    j += 1
  } else {
    while digit(j) { j += 1 }
  }
  if j < bytes.count, bytes[j] == UInt8(ascii: ".") {
    j += 1
    guard digit(j) else { throw SetParserError("invalid character after decimal point in numeric literal") }
    while digit(j) { j += 1 }
  }
  if j < bytes.count, bytes[j] == UInt8(ascii: "e") || bytes[j] == UInt8(ascii: "E") {
    j += 1
    if j < bytes.count, bytes[j] == UInt8(ascii: "+") || bytes[j] == UInt8(ascii: "-") { j += 1 }
    guard digit(j) else { throw SetParserError("invalid character in exponent of numeric literal") }
    while digit(j) { j += 1 }
  }
  return j
}
