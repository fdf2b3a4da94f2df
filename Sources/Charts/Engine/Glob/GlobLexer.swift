/// gobwas/glob v0.2.3's lexer (`syntax/lexer`) over a pattern's bytes: it reads runes one
/// at a time with one rune of push-back, fails on a byte that is not UTF-8 and on U+FFFD
/// itself, and reads a NUL rune as the end of input.
struct GlobLexer {
  /// One token; `raw` holds its text as UTF-8.
  struct Token: Equatable {
    enum Kind: Equatable {
      case eof, error, text, any, `super`, single, not, separator
      case rangeOpen, rangeClose, rangeLo, rangeHi, rangeBetween, termsOpen, termsClose
    }

    let kind: Kind
    let raw: [UInt8]
  }

  private static let eof: UInt32 = 0
  private static let textBreakers: [UInt32] = [0x3F, 0x2A, 0x5B, 0x7B]  // ? * [ {
  private static let termsBreakers: [UInt32] = textBreakers + [0x7D, 0x2C]  // } ,

  private let data: ArraySlice<UInt8>
  private var pos: Int
  private var failed = false
  private var tokens: [Token] = []
  private var termsLevel = 0
  private var lastRune: UInt32 = 0
  private var lastRuneSize = 0
  private var hasRune = false

  init(_ pattern: [UInt8]) {
    data = pattern[...]
    pos = data.startIndex
  }

  /// The next token; after an error, always an error.
  mutating func next() -> Token {
    while true {
      if failed { return Token(kind: .error, raw: []) }
      if !tokens.isEmpty { return tokens.removeFirst() }
      fetchItem()
    }
  }

  private mutating func peek() -> (UInt32, Int) {
    if pos == data.endIndex { return (Self.eof, 0) }
    let (r, w) = GoStringBytes.decodeRune(data, at: pos)
    if r == GoStringBytes.runeError {
      failed = true
      return (Self.eof, 0)
    }
    return (r, w)
  }

  private mutating func read() -> UInt32 {
    if hasRune {
      hasRune = false
      pos += lastRuneSize
      return lastRune
    }
    let (r, w) = peek()
    pos += w
    lastRune = r
    lastRuneSize = w
    return r
  }

  private mutating func unread() {
    if hasRune {
      failed = true
      return
    }
    pos -= lastRuneSize
    hasRune = true
  }

  private mutating func push(_ kind: Token.Kind, _ runes: [UInt32]) {
    tokens.append(Token(kind: kind, raw: runes.flatMap(GoStringBytes.encode)))
  }

  private mutating func fetchItem() {
    let r = read()
    switch r {
    case Self.eof:
      push(.eof, [])
    case 0x7B:  // {
      termsLevel += 1
      push(.termsOpen, [r])
    case 0x2C where termsLevel > 0:  // ,
      push(.separator, [r])
    case 0x7D where termsLevel > 0:  // }
      push(.termsClose, [r])
      termsLevel -= 1
    case 0x5B:  // [
      push(.rangeOpen, [r])
      fetchRange()
    case 0x3F:  // ?
      push(.single, [r])
    case 0x2A:  // *
      if read() == 0x2A {
        push(.super, [r, r])
      } else {
        unread()
        push(.any, [r])
      }
    default:
      unread()
      fetchText(termsLevel > 0 ? Self.termsBreakers : Self.textBreakers)
    }
  }

  private mutating func fetchRange() {
    var wantHi = false
    var wantClose = false
    var seenNot = false
    while true {
      let r = read()
      if r == Self.eof {
        failed = true
        return
      }
      if wantClose {
        if r != 0x5D { failed = true } else { push(.rangeClose, [r]) }
        return
      }
      if wantHi {
        push(.rangeHi, [r])
        wantClose = true
        continue
      }
      if !seenNot && r == 0x21 {  // !
        push(.not, [r])
        seenNot = true
        continue
      }
      let (n, w) = peek()
      if n == 0x2D {  // -
        pos += w
        push(.rangeLo, [r])
        push(.rangeBetween, [n])
        wantHi = true
        continue
      }
      unread()
      fetchText([0x5D])
      wantClose = true
    }
  }

  private mutating func fetchText(_ breakers: [UInt32]) {
    var runes: [UInt32] = []
    var escaped = false
    while true {
      let r = read()
      if r == Self.eof { break }
      if !escaped {
        if r == 0x5C {  // \
          escaped = true
          continue
        }
        if breakers.contains(r) {
          unread()
          break
        }
      }
      escaped = false
      runes.append(r)
    }
    if !runes.isEmpty { push(.text, runes) }
  }
}
