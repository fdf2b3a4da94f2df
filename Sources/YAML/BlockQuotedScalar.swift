/// Single- and double-quoted scalars for `BlockDocumentParser`, folded over lines as libyaml
/// folds them: the blanks around a line break are dropped, one break becomes a space and
/// each further (empty) line a line feed; in double quotes a `\` before the break joins the
/// lines and keeps what came before it, and escapes decode as libyaml decodes them.
extension BlockDocumentParser {
  /// A quoted scalar opening at `c` that closes on the current line: its text and the offset
  /// after the closing quote (keys and flow collections hold only these).
  func quotedOnLine(_ c: Int) -> (String, Int)? {
    guard let (text, last, after) = quoted(c, foldingAbove: nil), last == line else { return nil }
    return (text, after)
  }

  /// The quoted scalar opening at `c` of the current line: its text, the line it closes on
  /// and the offset after the closing quote. With `parentIndent`, it may go on over the lines
  /// below, each indented deeper than that; nil when a line breaks it otherwise, a tab
  /// indents a continuation line, the document ends first or an escape is not one libyaml
  /// knows (the full path then words the error).
  func quoted(_ c: Int, foldingAbove parentIndent: Int?) -> (String, Int, Int)? {
    let quote = b[c]
    let single = quote == UInt8(ascii: "'")
    var l = line
    var e = stop(l)
    var out: [UInt8] = []
    // the length of `out` up to its last character that is not a literal blank: the blanks
    // after it are dropped when a line break follows
    var kept = 0
    var i = c + 1
    while true {
      // a run of plain characters up to the quote, a `\` in double quotes, or the line's end
      var j = i
      while j < e && b[j] != quote && (single || b[j] != UInt8(ascii: "\\")) { j += 1 }
      if j > i {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
        var k = j
        while k > i && (b[k - 1] == Self.space || b[k - 1] == Self.tab) { k -= 1 }
        if k > i { kept = out.count - (j - k) }
        i = j
      }
      if i == e {
        guard let parentIndent, let next = continuation(after: l, deeperThan: parentIndent) else {
          return nil
        }
        out.removeSubrange(kept...)
        if next.breaks == 1 {
          out.append(Self.space)
        } else {
          out.append(contentsOf: repeatElement(0x0A, count: next.breaks - 1))
        }
        kept = out.count
        (l, i) = (next.line, next.offset)
        e = stop(l)
        continue
      }
      if b[i] == quote {
        if single && i + 1 < e && b[i + 1] == quote {
          out.append(quote)
          kept = out.count
          i += 2
          continue
        }
        return (String(decoding: out, as: UTF8.self), l, i + 1)
      }
      // an escape in double quotes
      if i + 1 == e {
        // an escaped line break: the lines join, keeping the blanks before the `\`
        guard let parentIndent, let next = continuation(after: l, deeperThan: parentIndent) else {
          return nil
        }
        out.append(contentsOf: repeatElement(0x0A, count: next.breaks - 1))
        kept = out.count
        (l, i) = (next.line, next.offset)
        e = stop(l)
        continue
      }
      guard let (decoded, after) = escape(at: i, lineEnd: e) else { return nil }
      out.append(contentsOf: String(Character(decoded)).utf8)
      kept = out.count
      i = after
    }
  }

  /// The line a quoted scalar goes on at after line `l`, the offset of its first character
  /// that is not a blank, and the line breaks crossed to reach it (1 + the empty lines).
  private func continuation(after l: Int, deeperThan parentIndent: Int) -> (
    line: Int, offset: Int, breaks: Int
  )? {
    var l = l
    var breaks = 0
    while true {
      breaks += 1
      l += 1
      guard l < end else { return nil }
      let s = start(l)
      guard let n = indent(l) else { return nil }
      if s + n == stop(l) { continue }
      guard n > parentIndent else { return nil }
      return (l, s + n, breaks)
    }
  }

  /// The escape `\x` at offset `i` (before `lineEnd`): the scalar it stands for and the
  /// offset after it.
  private func escape(at i: Int, lineEnd e: Int) -> (Unicode.Scalar, Int)? {
    let code: UInt32
    var width = 0
    switch b[i + 1] {
    case UInt8(ascii: "0"): code = 0
    case UInt8(ascii: "a"): code = 7
    case UInt8(ascii: "b"): code = 8
    case UInt8(ascii: "t"), Self.tab: code = 9
    case UInt8(ascii: "n"): code = 10
    case UInt8(ascii: "v"): code = 11
    case UInt8(ascii: "f"): code = 12
    case UInt8(ascii: "r"): code = 13
    case UInt8(ascii: "e"): code = 0x1B
    case Self.space: code = 0x20
    case UInt8(ascii: "\""): code = 0x22
    case UInt8(ascii: "/"): code = 0x2F
    case UInt8(ascii: "\\"): code = 0x5C
    case UInt8(ascii: "N"): code = 0x85
    case UInt8(ascii: "_"): code = 0xA0
    case UInt8(ascii: "L"): code = 0x2028
    case UInt8(ascii: "P"): code = 0x2029
    case UInt8(ascii: "x"): (code, width) = (0, 2)
    case UInt8(ascii: "u"): (code, width) = (0, 4)
    case UInt8(ascii: "U"): (code, width) = (0, 8)
    default: return nil
    }
    var j = i + 2
    var value = code
    if width > 0 {
      guard j + width <= e else { return nil }
      value = 0
      for k in 0..<width {
        guard let d = Self.hexDigit(b[j + k]) else { return nil }
        value = value << 4 | d
      }
      j += width
    }
    guard let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, j)
  }

  private static func hexDigit(_ c: UInt8) -> UInt32? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }
}
