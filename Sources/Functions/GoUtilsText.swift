import GoLib
import Values

/// The Masterminds/goutils string helpers Sprig calls, reproduced with their byte-level
/// quirks: `Initials` and `DeleteWhiteSpace` walk bytes and re-encode each as a rune
/// (so `héllo wörld` loses its accents to mojibake), `Abbreviate` and `WrapCustom` cut
/// bytes.
enum GoUtilsText {
  /// `goutils.AbbreviateFull`; nil where goutils returns an error (Sprig then prints "").
  static func abbreviate(_ s: String, offset initialOffset: Int, maxWidth: Int) -> String? {
    let b = GoByteString.bytes(s)
    if b.isEmpty { return "" }
    if maxWidth < 4 { return nil }
    if b.count <= maxWidth { return s }
    var offset = initialOffset
    if offset > b.count { offset = b.count }
    if b.count - offset < maxWidth - 3 { offset = b.count - (maxWidth - 3) }
    let marker = "..."
    if offset <= 4 {
      return GoStrings.fromBytes(b[0..<(maxWidth - 3)]) + marker
    }
    if maxWidth < 7 { return nil }
    if offset + maxWidth - 3 < b.count {
      let tail = GoStrings.fromBytes(b[offset...])
      return marker + (abbreviate(tail, offset: 0, maxWidth: maxWidth - 3) ?? "")
    }
    return marker + GoStrings.fromBytes(b[(b.count - (maxWidth - 3))...])
  }

  /// `goutils.WrapCustom(str, wrapLength, newLine, wrapLongWords)`.
  static func wrap(_ s: String, length: Int, newLine: String, wrapLongWords: Bool) -> String {
    let b = GoByteString.bytes(s)
    if b.isEmpty { return "" }
    let newLine = newLine.isEmpty ? "\n" : newLine
    let wrapLength = max(length, 1)
    let space = UInt8(ascii: " ")
    var offset = 0
    var out: [UInt8] = []
    let nl = Array(newLine.utf8)
    while b.count - offset > wrapLength {
      if b[offset] == space {
        offset += 1
        continue
      }
      let end = wrapLength + offset + 1
      var spaceToWrapAt = -1
      for i in stride(from: end - 1, through: offset, by: -1) where b[i] == space {
        spaceToWrapAt = i
        break
      }
      if spaceToWrapAt >= offset {
        out += b[offset..<spaceToWrapAt]
        out += nl
        offset = spaceToWrapAt + 1
      } else if wrapLongWords {
        out += b[offset..<(wrapLength + offset)]
        out += nl
        offset += wrapLength
      } else {
        let from = wrapLength + offset
        if let index = b[from...].firstIndex(of: space) {
          out += b[offset..<index]
          out += nl
          offset = index + 1
        } else {
          out += b[offset...]
          offset = b.count
        }
      }
    }
    out += b[offset...]
    return GoStrings.fromBytes(out)
  }

  /// `goutils.Initials` with no delimiters: the first byte after each whitespace byte.
  static func initials(_ s: String) -> String {
    if s.isEmpty { return s }
    var out: [UInt8] = []
    var lastWasGap = true
    for byte in GoByteString.bytes(s) {
      if GoSpace.isSpace(Unicode.Scalar(byte)) {
        lastWasGap = true
      } else if lastWasGap {
        out.append(byte)
        lastWasGap = false
      }
    }
    return GoStrings.latin1(out)
  }

  /// `goutils.DeleteWhiteSpace`.
  static func deleteWhiteSpace(_ s: String) -> String {
    let bytes = GoByteString.bytes(s)
    let kept = bytes.filter { !GoSpace.isSpace(Unicode.Scalar($0)) }
    if kept.count == bytes.count { return s }
    return GoStrings.latin1(kept)
  }

  /// `goutils.SwapCase`.
  static func swapCase(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    var whitespace = true
    for r in s.unicodeScalars {
      if GoUnicode.isUpper(r) || GoUnicode.isTitle(r) {
        out.append(GoUnicode.toLower(r))
        whitespace = false
      } else if GoUnicode.isLower(r) {
        out.append(whitespace ? GoUnicode.toTitle(r) : GoUnicode.toUpper(r))
        whitespace = false
      } else {
        out.append(r)
        whitespace = GoSpace.isSpace(r)
      }
    }
    return String(out)
  }

  /// `goutils.Uncapitalize` with no delimiters: lower-cases the first rune of each word.
  static func uncapitalize(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    var next = true
    for r in s.unicodeScalars {
      if GoSpace.isSpace(r) {
        next = true
        out.append(r)
      } else if next {
        out.append(GoUnicode.toLower(r))
        next = false
      } else {
        out.append(r)
      }
    }
    return String(out)
  }

  /// `strings.Title`: upper-cases the first letter of each word (words end at
  /// separators: ASCII non-alphanumerics other than `_`, and Unicode spaces).
  static func title(_ s: String) -> String {
    var prev: Unicode.Scalar = " "
    var out = String.UnicodeScalarView()
    for r in s.unicodeScalars {
      out.append(isSeparator(prev) ? GoUnicode.toTitle(r) : r)
      prev = r
    }
    return String(out)
  }

  private static func isSeparator(_ r: Unicode.Scalar) -> Bool {
    if r.value <= 0x7F {
      switch r.value {
      case 0x30...0x39, 0x61...0x7A, 0x41...0x5A, 0x5F: return false
      default: return true
      }
    }
    if GoUnicode.isLetter(r) || GoUnicode.isDigit(r) { return false }
    return GoSpace.isSpace(r)
  }
}
