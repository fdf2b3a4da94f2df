import GoLib

/// Go's `text/template/parse` lexer: turns template text into positioned tokens.
///
/// A port of `parse/lex.go` (Go 1.26) working on UTF-8 bytes so that positions are byte
/// offsets; a token is a byte range of them (`TokenizedText`). Trim markers (`{{- `, ` -}}`)
/// are applied here; comments are dropped. Lexing stops at the first error token.
struct Lexer {
  /// The bytes being lexed, valid while `tokenize` runs; every read checks the count first.
  private let input: UnsafeBufferPointer<UInt8>
  private var pos = 0
  private var start = 0
  private var atEOF = false
  private var parenDepth = 0
  private var line = 1
  private var startLine = 1
  private var insideAction = false
  private var tokens: [Token] = []
  private var errorMessage = ""

  /// The delimiters' length: `{{`, `}}`, `/*` and `*/` are all two bytes.
  private static let delimLength = 2
  private static let eofRune: UnicodeScalar = "\u{0}"

  /// Lexes all of `text`; the last token is `.eof` or `.error`.
  static func tokenize(_ text: String) -> TokenizedText { tokenize(Array(text.utf8)) }

  /// Lexes all of the UTF-8 `input` (a String's, so valid UTF-8).
  static func tokenize(_ input: [UInt8]) -> TokenizedText {
    input.withUnsafeBufferPointer { bytes in
      var lexer = Lexer(input: bytes)
      lexer.run()
      return TokenizedText(bytes: input, tokens: lexer.tokens, errorMessage: lexer.errorMessage)
    }
  }

  private init(input: UnsafeBufferPointer<UInt8>) {
    self.input = input
    // fewer regrowths: most templates hold under one token per six bytes
    tokens.reserveCapacity(input.count / 6 + 4)
  }

  private enum State { case text, leftDelim, comment, rightDelim, insideAction, done }

  private mutating func run() {
    var state = State.text
    while state != .done {
      switch state {
      case .text: state = lexText()
      case .leftDelim: state = lexLeftDelim()
      case .comment: state = lexComment()
      case .rightDelim: state = lexRightDelim()
      case .insideAction: state = lexInsideAction()
      case .done: break
      }
    }
  }

  // MARK: - Primitives

  /// Whether the two bytes at `i` are `b0` and `b1`.
  private func hasPair(_ b0: UInt8, _ b1: UInt8, at i: Int) -> Bool {
    i >= 0 && i + 1 < input.count && input[i] == b0 && input[i + 1] == b1
  }

  private func isRightDelim(at i: Int) -> Bool { hasPair(UInt8(ascii: "}"), UInt8(ascii: "}"), at: i) }

  /// The distance from `i` to the next two bytes `b0 b1` (memchr for the first, then a compare).
  private func distance(toPair b0: UInt8, _ b1: UInt8, from i: Int) -> Int? {
    guard input.count >= 2 else { return nil }
    // candidates for `b0` are those with a byte after them
    let candidates = UnsafeBufferPointer(rebasing: input[..<(input.count - 1)])
    var at = i
    while let j = ByteSearch.offset(of: b0, in: candidates, from: at) {
      if input[j + 1] == b1 { return j - i }
      at = j + 1
    }
    return nil
  }

  /// Decodes the scalar at `i` as Go's `utf8.DecodeRune` (invalid bytes decode to U+FFFD,
  /// width 1; the input is a string's UTF-8, so there are none).
  private func decode(at i: Int) -> (UnicodeScalar, Int) {
    let b0 = input[i]
    if b0 < 0x80 { return (UnicodeScalar(b0), 1) }
    let (rune, width) = GoStrconv.decodeRune(input, at: i)
    return (UnicodeScalar(rune) ?? "\u{FFFD}", width)
  }

  private mutating func next() -> UnicodeScalar? {
    if pos >= input.count {
      atEOF = true
      return nil
    }
    let (r, w) = decode(at: pos)
    pos += w
    if r == "\n" { line += 1 }
    return r
  }

  private mutating func peek() -> UnicodeScalar? {
    if pos >= input.count { return nil }
    return decode(at: pos).0
  }

  private mutating func backup() {
    if !atEOF && pos > 0 {
      var p = pos - 1
      while p > 0 && input[p] & 0xC0 == 0x80 && pos - p < 4 { p -= 1 }
      if input[p] == UInt8(ascii: "\n") { line -= 1 }
      pos = p
    }
  }

  /// The newlines in `a..<b`, sixteen bytes at a time (text runs are most of a template).
  private func count(newlinesFrom a: Int, to b: Int) -> Int {
    guard let base = input.baseAddress else { return 0 }
    let newline = SIMD16<UInt8>(repeating: UInt8(ascii: "\n"))
    var n = 0
    var i = a
    while i + 16 <= b {
      // per-lane counts, summed before any lane can wrap (255 blocks)
      var lanes = SIMD16<UInt8>()
      var blocks = 0
      while i + 16 <= b && blocks < 255 {
        let chunk = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
        lanes &+= SIMD16<UInt8>().replacing(with: 1, where: chunk .== newline)
        i += 16
        blocks += 1
      }
      n += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
    }
    while i < b {
      if input[i] == UInt8(ascii: "\n") { n += 1 }
      i += 1
    }
    return n
  }

  private mutating func thisItem(_ kind: TokenKind) -> Token {
    let t = Token(kind: kind, pos: start, end: pos, line: startLine)
    start = pos
    startLine = line
    return t
  }

  private mutating func emit(_ kind: TokenKind) -> State {
    tokens.append(thisItem(kind))
    return .insideAction
  }

  private mutating func ignore() {
    line += count(newlinesFrom: start, to: pos)
    start = pos
    startLine = line
  }

  private mutating func errorf(_ message: String) -> State {
    errorMessage = message
    tokens.append(Token(kind: .error, pos: start, end: start, line: startLine))
    return .done
  }

  /// Go's `accept` for a set of ASCII bytes: consumes the next byte if `valid` holds it.
  /// (A byte-wise step is a rune-wise one here: every set is ASCII, and at the end of the
  /// input Go's `next` and `backup` leave the position where it is.)
  private mutating func accept(_ valid: (UInt8) -> Bool) -> Bool {
    guard pos < input.count, valid(input[pos]) else { return false }
    pos += 1
    return true
  }

  /// Go's `acceptRun` for a set of ASCII bytes (none of them a newline).
  private mutating func acceptRun(_ valid: (UInt8) -> Bool) {
    while pos < input.count && valid(input[pos]) { pos += 1 }
  }

  static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A
  }

  /// `[0-9A-Za-z_]`, one bit per ASCII byte (bits 0–63 in `low`, 64–127 in `high`).
  private static let alphaNumericLow: UInt64 = 0x03FF_0000_0000_0000
  private static let alphaNumericHigh: UInt64 = 0x07FF_FFFE_87FF_FFFE

  private static func isASCIIAlphaNumeric(_ v: UInt8) -> Bool {
    let bits = v < 64 ? alphaNumericLow : alphaNumericHigh
    return v < 128 && bits & (1 << UInt64(v & 63)) != 0
  }

  static func isAlphaNumeric(_ r: UnicodeScalar?) -> Bool {
    guard let r else { return false }
    if r.value < 0x80 { return isASCIIAlphaNumeric(UInt8(r.value)) }
    return isLetterOrDigit(r)
  }

  /// Go's `unicode.IsLetter || unicode.IsDigit`. Never inlined: the general category's
  /// metadata and stack space would be set up on every call of its callers, ASCII or not.
  @inline(never)
  private static func isLetterOrDigit(_ r: UnicodeScalar) -> Bool {
    switch r.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber:
      return true
    default:
      return false
    }
  }

  /// Moves past the alphanumeric runes at the position; returns the rune that stopped it
  /// (nil at the end of the input). Go's `next` until a rune is not alphanumeric, then
  /// `backup`.
  private mutating func skipAlphaNumerics() -> UnicodeScalar? {
    // the position in a local: stored back once, not at every byte
    var p = pos
    defer { pos = p }
    let count = input.count
    while p < count {
      let b = input[p]
      if b < 0x80 {
        if !Lexer.isASCIIAlphaNumeric(b) { return UnicodeScalar(b) }
        p += 1
      } else {
        let (r, w) = decode(at: p)
        if !Lexer.isAlphaNumeric(r) { return r }
        p += w
      }
    }
    return nil
  }

  private func hasLeftTrimMarker(at i: Int) -> Bool {
    i + 1 < input.count && input[i] == UInt8(ascii: "-") && Lexer.isSpace(input[i + 1])
  }

  private func hasRightTrimMarker(at i: Int) -> Bool {
    i >= 0 && i + 1 < input.count && Lexer.isSpace(input[i]) && input[i + 1] == UInt8(ascii: "-")
  }

  private func atRightDelim() -> (delim: Bool, trim: Bool) {
    guard pos < input.count else { return (false, false) }
    let b = input[pos]
    if b == UInt8(ascii: "}") { return (isRightDelim(at: pos), false) }
    if Lexer.isSpace(b) && hasRightTrimMarker(at: pos) && isRightDelim(at: pos + 2) { return (true, true) }
    return (false, false)
  }

  private func rightTrimLength(_ a: Int, _ b: Int) -> Int {
    var i = b
    while i > a && Lexer.isSpace(input[i - 1]) { i -= 1 }
    return b - i
  }

  private func leftTrimLength(from a: Int) -> Int {
    var i = a
    while i < input.count && Lexer.isSpace(input[i]) { i += 1 }
    return i - a
  }

  private func atTerminator() -> Bool {
    guard pos < input.count else { return true }
    switch input[pos] {
    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"),
      UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: ")"),
      UInt8(ascii: "("):
      return true
    default: return isRightDelim(at: pos)
    }
  }

  private static func badCharacter(_ r: UnicodeScalar?) -> String {
    "bad character \(GoFormatter.sprintf("%#U", [.int(Int((r ?? Lexer.eofRune).value))]))"
  }

  // MARK: - States

  private mutating func lexText() -> State {
    if let x = distance(toPair: UInt8(ascii: "{"), UInt8(ascii: "{"), from: pos) {
      if x > 0 {
        pos += x
        var trimLength = 0
        let delimEnd = pos + Lexer.delimLength
        if hasLeftTrimMarker(at: delimEnd) { trimLength = rightTrimLength(start, pos) }
        pos -= trimLength
        line += count(newlinesFrom: start, to: pos)
        let item = thisItem(.text)
        pos += trimLength
        ignore()
        if item.end > item.pos { tokens.append(item) }
      }
      return .leftDelim
    }
    pos = input.count
    if pos > start {
      line += count(newlinesFrom: start, to: pos)
      tokens.append(thisItem(.text))
    }
    tokens.append(thisItem(.eof))
    return .done
  }

  private mutating func lexLeftDelim() -> State {
    pos += Lexer.delimLength
    let trim = hasLeftTrimMarker(at: pos)
    let afterMarker = trim ? 2 : 0
    if hasPair(UInt8(ascii: "/"), UInt8(ascii: "*"), at: pos + afterMarker) {
      pos += afterMarker
      ignore()
      return .comment
    }
    let item = thisItem(.leftDelim)
    insideAction = true
    pos += afterMarker
    ignore()
    parenDepth = 0
    tokens.append(item)
    return .insideAction
  }

  private mutating func lexComment() -> State {
    pos += Lexer.delimLength
    guard let x = distance(toPair: UInt8(ascii: "*"), UInt8(ascii: "/"), from: pos) else {
      return errorf("unclosed comment")
    }
    pos += x + Lexer.delimLength
    let (delim, trim) = atRightDelim()
    if !delim { return errorf("comment ends before closing delimiter") }
    line += count(newlinesFrom: start, to: pos)
    _ = thisItem(.comment)
    if trim { pos += 2 }
    pos += Lexer.delimLength
    if trim { pos += leftTrimLength(from: pos) }
    ignore()
    return .text
  }

  private mutating func lexRightDelim() -> State {
    let (_, trim) = atRightDelim()
    if trim {
      pos += 2
      ignore()
    }
    pos += Lexer.delimLength
    let item = thisItem(.rightDelim)
    if trim {
      pos += leftTrimLength(from: pos)
      ignore()
    }
    insideAction = false
    tokens.append(item)
    return .text
  }

  private mutating func lexInsideAction() -> State {
    let (delim, _) = atRightDelim()
    if delim {
      if parenDepth == 0 { return .rightDelim }
      return errorf("unclosed left paren")
    }
    guard pos < input.count else {
      atEOF = true
      return errorf("unclosed action")
    }
    // Go reads the next rune and backs up before the states that read it again: here the
    // position stays where it is for those, and moves past the byte for the others (an
    // ASCII rune, not a newline).
    let b = input[pos]
    switch b {
    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
      return lexSpace()
    case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return lexNumber()
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
      return lexIdentifier()
    case 0x80...:
      let (r, width) = decode(at: pos)
      if Lexer.isAlphaNumeric(r) { return lexIdentifier() }
      pos += width
      return unrecognized(r)
    default:
      pos += 1
    }
    switch b {
    case UInt8(ascii: "="):
      return emit(.assign)
    case UInt8(ascii: ":"):
      if next() != "=" { return errorf("expected :=") }
      return emit(.declare)
    case UInt8(ascii: "|"):
      return emit(.pipe)
    case UInt8(ascii: "\""):
      return lexQuoted(UInt8(ascii: "\""), .string, "quoted string")
    case UInt8(ascii: "`"):
      return lexRawQuote()
    case UInt8(ascii: "$"):
      return lexFieldOrVariable(.variable)
    case UInt8(ascii: "'"):
      return lexQuoted(UInt8(ascii: "'"), .charConstant, "character constant")
    case UInt8(ascii: "."):
      if pos < input.count {
        let c = input[pos]
        if c < UInt8(ascii: "0") || c > UInt8(ascii: "9") { return lexFieldOrVariable(.field) }
      }
      pos -= 1
      return lexNumber()
    case UInt8(ascii: "("):
      parenDepth += 1
      return emit(.leftParen)
    case UInt8(ascii: ")"):
      parenDepth -= 1
      if parenDepth < 0 { return errorf("unexpected right paren") }
      return emit(.rightParen)
    case 0x20..<0x7F:
      return emit(.char)
    default:
      return unrecognized(UnicodeScalar(b))
    }
  }

  private mutating func unrecognized(_ r: UnicodeScalar) -> State {
    errorf("unrecognized character in action: \(GoFormatter.sprintf("%#U", [.int(Int(r.value))]))")
  }

  private mutating func lexSpace() -> State {
    var p = pos
    var newlines = 0
    let count = input.count
    while p < count && Lexer.isSpace(input[p]) {
      if input[p] == UInt8(ascii: "\n") { newlines += 1 }
      p += 1
    }
    let numSpaces = p - pos
    pos = p
    line += newlines
    if hasRightTrimMarker(at: pos - 1) && isRightDelim(at: pos - 1 + 2) {
      backup()
      if numSpaces == 1 { return .rightDelim }
    }
    return emit(.space)
  }

  private mutating func lexIdentifier() -> State {
    let r = skipAlphaNumerics()
    if !atTerminator() { return errorf(Lexer.badCharacter(r)) }
    let word = UnsafeBufferPointer(rebasing: input[start..<pos])
    if let kw = TokenKind.keyword(word) { return emit(kw) }
    if word.first == UInt8(ascii: ".") { return emit(.field) }
    if word.spells("true") || word.spells("false") { return emit(.bool) }
    return emit(.identifier)
  }

  private mutating func lexFieldOrVariable(_ kind: TokenKind) -> State {
    if atTerminator() {
      return emit(kind == .variable ? .variable : .dot)
    }
    let r = skipAlphaNumerics()
    if !atTerminator() { return errorf(Lexer.badCharacter(r)) }
    return emit(kind)
  }

  private mutating func lexNumber() -> State {
    if !scanNumber() { return errorf("bad number syntax: \(GoStrconv.quote(slice(start, pos)))") }
    if pos < input.count, input[pos] == UInt8(ascii: "+") || input[pos] == UInt8(ascii: "-") {
      if !scanNumber() || input[pos - 1] != UInt8(ascii: "i") {
        return errorf("bad number syntax: \(GoStrconv.quote(slice(start, pos)))")
      }
      return emit(.complex)
    }
    return emit(.number)
  }

  private func slice(_ a: Int, _ b: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: input[a..<b]), as: UTF8.self)
  }

  private static func isSign(_ b: UInt8) -> Bool { b == UInt8(ascii: "+") || b == UInt8(ascii: "-") }
  private static func isDecimalDigit(_ b: UInt8) -> Bool {
    (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_")
  }
  private static func isHexDigit(_ b: UInt8) -> Bool {
    isDecimalDigit(b) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "f"))
      || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "F"))
  }
  private static func isOctalDigit(_ b: UInt8) -> Bool {
    (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "7")) || b == UInt8(ascii: "_")
  }
  private static func isBinaryDigit(_ b: UInt8) -> Bool {
    b == UInt8(ascii: "0") || b == UInt8(ascii: "1") || b == UInt8(ascii: "_")
  }

  /// Go's `scanNumber`: the digits of the base a `0x`/`0o`/`0b` prefix names, a fraction,
  /// and a decimal (`e`) or hexadecimal (`p`) exponent.
  private mutating func scanNumber() -> Bool {
    _ = accept(Lexer.isSign)
    var base = 10
    var digits: (UInt8) -> Bool = Lexer.isDecimalDigit
    if accept({ $0 == UInt8(ascii: "0") }) {
      if accept({ $0 == UInt8(ascii: "x") || $0 == UInt8(ascii: "X") }) {
        (base, digits) = (16, Lexer.isHexDigit)
      } else if accept({ $0 == UInt8(ascii: "o") || $0 == UInt8(ascii: "O") }) {
        (base, digits) = (8, Lexer.isOctalDigit)
      } else if accept({ $0 == UInt8(ascii: "b") || $0 == UInt8(ascii: "B") }) {
        (base, digits) = (2, Lexer.isBinaryDigit)
      }
    }
    acceptRun(digits)
    if accept({ $0 == UInt8(ascii: ".") }) { acceptRun(digits) }
    if base == 10 && accept({ $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
      _ = accept(Lexer.isSign)
      acceptRun(Lexer.isDecimalDigit)
    }
    if base == 16 && accept({ $0 == UInt8(ascii: "p") || $0 == UInt8(ascii: "P") }) {
      _ = accept(Lexer.isSign)
      acceptRun(Lexer.isDecimalDigit)
    }
    _ = accept({ $0 == UInt8(ascii: "i") })
    if Lexer.isAlphaNumeric(peek()) {
      _ = next()
      return false
    }
    return true
  }

  /// A quoted string or character constant after its opening quote, up to `quote`:
  /// backslash escapes any character but a newline, which ends it unterminated.
  private mutating func lexQuoted(_ quote: UInt8, _ kind: TokenKind, _ what: String) -> State {
    // byte by byte: the quote, backslash and newline are ASCII, never inside a multi-byte rune
    while pos < input.count {
      let b = input[pos]
      pos += 1
      if b == UInt8(ascii: "\\") {
        // an escaped multi-byte rune: its continuation bytes pass as plain bytes
        if pos < input.count && input[pos] != UInt8(ascii: "\n") {
          pos += 1
          continue
        }
        break
      }
      if b == UInt8(ascii: "\n") { break }
      if b == quote { return emit(kind) }
    }
    return errorf("unterminated \(what)")
  }

  private mutating func lexRawQuote() -> State {
    while pos < input.count {
      let b = input[pos]
      pos += 1
      if b == UInt8(ascii: "`") { return emit(.rawString) }
      if b == UInt8(ascii: "\n") { line += 1 }
    }
    return errorf("unterminated raw quoted string")
  }
}
