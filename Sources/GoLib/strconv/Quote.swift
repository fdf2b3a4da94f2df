import Values

/// Go's `strconv` quoting (`Quote`, `QuoteToASCII`, `QuoteRune`, `CanBackquote`, `IsPrint`)
/// and `unicode/utf8` decoding, over UTF-8 bytes so that invalid input never traps.
extension GoStrconv {
  /// Go's `utf8.RuneError`.
  public static let runeError: UInt32 = 0xFFFD

  /// Decodes one rune at `i` as Go's `utf8.DecodeRune` does: `(0xFFFD, 1)` for invalid bytes.
  public static func decodeRune(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> (rune: UInt32, width: Int) {
    let n = s.count - i
    if n <= 0 { return (runeError, 0) }
    let b0 = s[i]
    if b0 < 0x80 { return (UInt32(b0), 1) }
    func cont(_ k: Int) -> UInt32? {
      guard i + k < s.count else { return nil }
      let b = s[i + k]
      return b & 0xC0 == 0x80 ? UInt32(b & 0x3F) : nil
    }
    if b0 >= 0xC2 && b0 <= 0xDF {
      guard let c1 = cont(1) else { return (runeError, 1) }
      return ((UInt32(b0 & 0x1F) << 6) | c1, 2)
    }
    if b0 >= 0xE0 && b0 <= 0xEF {
      guard i + 1 < s.count else { return (runeError, 1) }
      let b1 = s[i + 1]
      let lo: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
      let hi: UInt8 = b0 == 0xED ? 0x9F : 0xBF
      guard b1 >= lo && b1 <= hi, let c2 = cont(2) else { return (runeError, 1) }
      return ((UInt32(b0 & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | c2, 3)
    }
    if b0 >= 0xF0 && b0 <= 0xF4 {
      guard i + 1 < s.count else { return (runeError, 1) }
      let b1 = s[i + 1]
      let lo: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
      let hi: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
      guard b1 >= lo && b1 <= hi, let c2 = cont(2), let c3 = cont(3) else { return (runeError, 1) }
      return ((UInt32(b0 & 0x07) << 18) | (UInt32(b1 & 0x3F) << 12) | (c2 << 6) | c3, 4)
    }
    return (runeError, 1)
  }

  /// Appends the UTF-8 encoding of `r`, or of U+FFFD when `r` is not a valid rune.
  public static func appendRune(_ out: inout [UInt8], _ r: UInt32) {
    var r = r
    if r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) { r = runeError }
    switch r {
    case 0..<0x80:
      out.append(UInt8(r))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | (r >> 6)))
      out.append(UInt8(0x80 | (r & 0x3F)))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | (r >> 12)))
      out.append(UInt8(0x80 | ((r >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (r & 0x3F)))
    default:
      out.append(UInt8(0xF0 | (r >> 18)))
      out.append(UInt8(0x80 | ((r >> 12) & 0x3F)))
      out.append(UInt8(0x80 | ((r >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (r & 0x3F)))
    }
  }

  /// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and U+0020,
  /// by Go's own Unicode tables.
  public static func isPrint(_ r: UInt32) -> Bool {
    if r < 0x100 {
      if r >= 0x20 && r < 0x7F { return true }
      if r >= 0xA1 && r <= 0xFF { return r != 0xAD }
      return false
    }
    // Binary search over the [low, high] pairs.
    let table = printRanges
    var lo = 0
    var hi = table.count / 2
    while lo < hi {
      let mid = (lo + hi) / 2
      if table[2 * mid + 1] < r {
        lo = mid + 1
      } else {
        hi = mid
      }
    }
    return lo < table.count / 2 && table[2 * lo] <= r
  }

  private static let lowerHex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Go's `appendEscapedRune`.
  static func appendEscapedRune(_ out: inout [UInt8], _ r: UInt32, quote: UInt8, asciiOnly: Bool) {
    if r == UInt32(quote) || r == 0x5C {
      out.append(0x5C)
      appendRune(&out, r)
      return
    }
    if asciiOnly {
      if r < 0x80 && isPrint(r) {
        out.append(UInt8(r))
        return
      }
    } else if isPrint(r) {
      appendRune(&out, r)
      return
    }
    if let letter = escapeLetter(r) {
      out.append(contentsOf: [0x5C, letter])
      return
    }
    var r = r
    if r < 0x20 || r == 0x7F {
      out.append(contentsOf: [0x5C, UInt8(ascii: "x"), lowerHex[Int(r >> 4)], lowerHex[Int(r & 0xF)]])
      return
    }
    if r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) { r = runeError }
    if r < 0x10000 {
      out.append(contentsOf: [0x5C, UInt8(ascii: "u")])
      for shift in stride(from: 12, through: 0, by: -4) {
        out.append(lowerHex[Int((r >> UInt32(shift)) & 0xF)])
      }
    } else {
      out.append(contentsOf: [0x5C, UInt8(ascii: "U")])
      for shift in stride(from: 28, through: 0, by: -4) {
        out.append(lowerHex[Int((r >> UInt32(shift)) & 0xF)])
      }
    }
  }

  /// The letter of Go's one-letter escape of a control character (`\a` for U+0007 to `\r`
  /// for U+000D), if it has one.
  public static func escapeLetter(_ r: UInt32) -> UInt8? {
    (0x07...0x0D).contains(r) ? controlEscapeLetters[Int(r - 0x07)] : nil
  }

  /// The letters of `\a \b \t \n \v \f \r`, in the order of the characters they escape.
  private static let controlEscapeLetters: [UInt8] = Array("abtnvfr".utf8)

  /// Appends Go's `strconv.Quote(s)` (or `QuoteToASCII` when `asciiOnly`) of the bytes `s`.
  public static func appendQuoted(_ out: inout [UInt8], _ s: [UInt8], asciiOnly: Bool) {
    out.append(UInt8(ascii: "\""))
    s.withUnsafeBufferPointer { buf in
      var i = 0
      while i < buf.count {
        let b = buf[i]
        if b < 0x80 {
          appendEscapedRune(&out, UInt32(b), quote: UInt8(ascii: "\""), asciiOnly: asciiOnly)
          i += 1
          continue
        }
        let (r, w) = decodeRune(buf, at: i)
        if w == 1 && r == runeError {
          out.append(contentsOf: [0x5C, UInt8(ascii: "x"), lowerHex[Int(b >> 4)], lowerHex[Int(b & 0xF)]])
          i += 1
          continue
        }
        appendEscapedRune(&out, r, quote: UInt8(ascii: "\""), asciiOnly: asciiOnly)
        i += w
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  /// `strconv.Quote(s)`.
  public static func quote(_ s: String) -> String {
    var out: [UInt8] = []
    appendQuoted(&out, GoByteString.bytes(s), asciiOnly: false)
    return String(decoding: out, as: UTF8.self)
  }

  /// `strconv.QuoteToASCII(s)`.
  public static func quoteToASCII(_ s: String) -> String {
    var out: [UInt8] = []
    appendQuoted(&out, GoByteString.bytes(s), asciiOnly: true)
    return String(decoding: out, as: UTF8.self)
  }

  /// `strconv.QuoteRune(r)`.
  public static func quoteRune(_ r: Unicode.Scalar) -> String { quoteRune(r.value) }

  /// `strconv.QuoteRune(r)` of any rune value (invalid runes quote as U+FFFD).
  public static func quoteRune(_ r: UInt32) -> String {
    var out: [UInt8] = []
    appendQuotedRune(&out, r, asciiOnly: false)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends Go's `strconv.QuoteRune(r)` (`QuoteRuneToASCII` when `asciiOnly`).
  public static func appendQuotedRune(_ out: inout [UInt8], _ r: UInt32, asciiOnly: Bool) {
    var r = r
    if r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) { r = runeError }
    out.append(UInt8(ascii: "'"))
    appendEscapedRune(&out, r, quote: UInt8(ascii: "'"), asciiOnly: asciiOnly)
    out.append(UInt8(ascii: "'"))
  }

  /// Go's `strconv.CanBackquote`.
  public static func canBackquote(_ s: [UInt8]) -> Bool {
    s.withUnsafeBufferPointer { buf in
      var i = 0
      while i < buf.count {
        let (r, w) = decodeRune(buf, at: i)
        i += max(w, 1)
        if w > 1 {
          if r == 0xFEFF { return false }
          continue
        }
        if r == runeError { return false }
        if (r < 0x20 && r != 0x09) || r == 0x60 || r == 0x7F { return false }
      }
      return true
    }
  }
}
