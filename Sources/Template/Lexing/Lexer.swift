import GoLib

/// Go's `text/template/parse` lexer: turns template text into positioned tokens.
///
/// A port of `parse/lex.go` (Go 1.26) working on UTF-8 bytes so that positions are byte
/// offsets. Trim markers (`{{- `, ` -}}`) are applied here; comments are dropped. Lexing
/// stops at the first error token.
struct Lexer {
  private let input: [UInt8]
  private var pos = 0
  private var start = 0
  private var atEOF = false
  private var parenDepth = 0
  private var line = 1
  private var startLine = 1
  private var insideAction = false
  private(set) var tokens: [Token] = []

  private static let leftDelim: [UInt8] = Array("{{".utf8)
  private static let rightDelim: [UInt8] = Array("}}".utf8)
  private static let leftComment: [UInt8] = Array("/*".utf8)
  private static let rightComment: [UInt8] = Array("*/".utf8)
  private static let eofRune: UnicodeScalar = "\u{0}"

  /// Lexes all of `text`; the last token is `.eof` or `.error`.
  static func tokenize(_ text: String) -> [Token] {
    var lexer = Lexer(input: Array(text.utf8))
    lexer.run()
    return lexer.tokens
  }

  private init(input: [UInt8]) { self.input = input }

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

  private func hasPrefix(_ p: [UInt8], at i: Int) -> Bool {
    if i < 0 || i + p.count > input.count { return false }
    for k in 0..<p.count where input[i + k] != p[k] { return false }
    return true
  }

  /// The distance from `i` to the next `p` (memchr for its first byte, then a compare).
  private func index(of p: [UInt8], from i: Int) -> Int? {
    let found = input.withUnsafeBufferPointer { hay in
      p.withUnsafeBufferPointer { pin in ByteSearch.offset(of: pin, in: hay, from: i) }
    }
    return found.map { $0 - i }
  }

  /// Decodes the scalar at `i` as Go's `utf8.DecodeRune` (invalid bytes decode to U+FFFD,
  /// width 1; the input is a string's UTF-8, so there are none).
  private func decode(at i: Int) -> (UnicodeScalar, Int) {
    let b0 = input[i]
    if b0 < 0x80 { return (UnicodeScalar(b0), 1) }
    let (rune, width) = input.withUnsafeBufferPointer { GoStrconv.decodeRune($0, at: i) }
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

  private func slice(_ a: Int, _ b: Int) -> String {
    String(decoding: input[a..<b], as: UTF8.self)
  }

  private func count(newlinesFrom a: Int, to b: Int) -> Int {
    var n = 0
    var i = a
    while i < b {
      if input[i] == UInt8(ascii: "\n") { n += 1 }
      i += 1
    }
    return n
  }

  private mutating func thisItem(_ kind: TokenKind) -> Token {
    let t = Token(kind: kind, pos: start, value: slice(start, pos), line: startLine)
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
    tokens.append(Token(kind: .error, pos: start, value: message, line: startLine))
    return .done
  }

  private mutating func accept(_ valid: String) -> Bool {
    if let r = next(), valid.unicodeScalars.contains(r) { return true }
    backup()
    return false
  }

  private mutating func acceptRun(_ valid: String) {
    while let r = next(), valid.unicodeScalars.contains(r) {}
    backup()
  }

  static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A
  }

  static func isSpace(_ r: UnicodeScalar?) -> Bool {
    guard let r else { return false }
    return r == " " || r == "\t" || r == "\r" || r == "\n"
  }

  static func isAlphaNumeric(_ r: UnicodeScalar?) -> Bool {
    guard let r else { return false }
    if r.value < 0x80 {
      let v = r.value
      return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
    }
    switch r.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber:
      return true
    default:
      return false
    }
  }

  private func hasLeftTrimMarker(at i: Int) -> Bool {
    i + 1 < input.count && input[i] == UInt8(ascii: "-") && Lexer.isSpace(input[i + 1])
  }

  private func hasRightTrimMarker(at i: Int) -> Bool {
    i >= 0 && i + 1 < input.count && Lexer.isSpace(input[i]) && input[i + 1] == UInt8(ascii: "-")
  }

  private func atRightDelim() -> (delim: Bool, trim: Bool) {
    if hasRightTrimMarker(at: pos) && hasPrefix(Lexer.rightDelim, at: pos + 2) { return (true, true) }
    if hasPrefix(Lexer.rightDelim, at: pos) { return (true, false) }
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

  private mutating func atTerminator() -> Bool {
    let r = peek()
    if r == nil || Lexer.isSpace(r) { return true }
    switch r! {
    case ".", ",", "|", ":", ")", "(": return true
    default: return hasPrefix(Lexer.rightDelim, at: pos)
    }
  }

  // MARK: - States

  private mutating func lexText() -> State {
    if let x = index(of: Lexer.leftDelim, from: pos) {
      if x > 0 {
        pos += x
        var trimLength = 0
        let delimEnd = pos + Lexer.leftDelim.count
        if hasLeftTrimMarker(at: delimEnd) { trimLength = rightTrimLength(start, pos) }
        pos -= trimLength
        line += count(newlinesFrom: start, to: pos)
        let item = thisItem(.text)
        pos += trimLength
        ignore()
        if !item.value.isEmpty { tokens.append(item) }
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
    pos += Lexer.leftDelim.count
    let trim = hasLeftTrimMarker(at: pos)
    let afterMarker = trim ? 2 : 0
    if hasPrefix(Lexer.leftComment, at: pos + afterMarker) {
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
    pos += Lexer.leftComment.count
    guard let x = index(of: Lexer.rightComment, from: pos) else { return errorf("unclosed comment") }
    pos += x + Lexer.rightComment.count
    let (delim, trim) = atRightDelim()
    if !delim { return errorf("comment ends before closing delimiter") }
    line += count(newlinesFrom: start, to: pos)
    _ = thisItem(.comment)
    if trim { pos += 2 }
    pos += Lexer.rightDelim.count
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
    pos += Lexer.rightDelim.count
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
    guard let r = next() else { return errorf("unclosed action") }
    switch r {
    case _ where Lexer.isSpace(r):
      backup()
      return lexSpace()
    case "=":
      return emit(.assign)
    case ":":
      if next() != "=" { return errorf("expected :=") }
      return emit(.declare)
    case "|":
      return emit(.pipe)
    case "\"":
      return lexQuoted("\"", .string, "quoted string")
    case "`":
      return lexRawQuote()
    case "$":
      return lexFieldOrVariable(.variable)
    case "'":
      return lexQuoted("'", .charConstant, "character constant")
    case ".":
      if pos < input.count {
        let c = input[pos]
        if c < UInt8(ascii: "0") || c > UInt8(ascii: "9") { return lexFieldOrVariable(.field) }
      }
      backup()
      return lexNumber()
    case "+", "-", "0"..."9":
      backup()
      return lexNumber()
    case _ where Lexer.isAlphaNumeric(r):
      backup()
      return lexIdentifier()
    case "(":
      parenDepth += 1
      return emit(.leftParen)
    case ")":
      parenDepth -= 1
      if parenDepth < 0 { return errorf("unexpected right paren") }
      return emit(.rightParen)
    case _ where r.value < 0x80 && r.value >= 0x20 && r.value != 0x7F:
      return emit(.char)
    default:
      return errorf("unrecognized character in action: \(GoFormatter.sprintf("%#U", [.int(Int(r.value))]))")
    }
  }

  private mutating func lexSpace() -> State {
    var numSpaces = 0
    while Lexer.isSpace(peek()) {
      _ = next()
      numSpaces += 1
    }
    if hasRightTrimMarker(at: pos - 1) && hasPrefix(Lexer.rightDelim, at: pos - 1 + 2) {
      backup()
      if numSpaces == 1 { return .rightDelim }
    }
    return emit(.space)
  }

  private mutating func lexIdentifier() -> State {
    while true {
      let r = next()
      if Lexer.isAlphaNumeric(r) { continue }
      backup()
      let word = slice(start, pos)
      if !atTerminator() {
        return errorf("bad character \(GoFormatter.sprintf("%#U", [.int(Int((r ?? Lexer.eofRune).value))]))")
      }
      if let kw = TokenKind.keywords[word], kw != .dot { return emit(kw) }
      if word.hasPrefix(".") { return emit(.field) }
      if word == "true" || word == "false" { return emit(.bool) }
      return emit(.identifier)
    }
  }

  private mutating func lexFieldOrVariable(_ kind: TokenKind) -> State {
    if atTerminator() {
      return emit(kind == .variable ? .variable : .dot)
    }
    var r: UnicodeScalar?
    while true {
      r = next()
      if !Lexer.isAlphaNumeric(r) {
        backup()
        break
      }
    }
    if !atTerminator() {
      return errorf("bad character \(GoFormatter.sprintf("%#U", [.int(Int((r ?? Lexer.eofRune).value))]))")
    }
    return emit(kind)
  }

  private mutating func lexNumber() -> State {
    if !scanNumber() { return errorf("bad number syntax: \(GoStrconv.quote(slice(start, pos)))") }
    if let sign = peek(), sign == "+" || sign == "-" {
      if !scanNumber() || input[pos - 1] != UInt8(ascii: "i") {
        return errorf("bad number syntax: \(GoStrconv.quote(slice(start, pos)))")
      }
      return emit(.complex)
    }
    return emit(.number)
  }

  private mutating func scanNumber() -> Bool {
    _ = accept("+-")
    var digits = "0123456789_"
    if accept("0") {
      if accept("xX") {
        digits = "0123456789abcdefABCDEF_"
      } else if accept("oO") {
        digits = "01234567_"
      } else if accept("bB") {
        digits = "01_"
      }
    }
    acceptRun(digits)
    if accept(".") { acceptRun(digits) }
    if digits.count == 11 && accept("eE") {
      _ = accept("+-")
      acceptRun("0123456789_")
    }
    if digits.count == 23 && accept("pP") {
      _ = accept("+-")
      acceptRun("0123456789_")
    }
    _ = accept("i")
    if Lexer.isAlphaNumeric(peek()) {
      _ = next()
      return false
    }
    return true
  }

  /// A quoted string or character constant after its opening quote, up to `quote`:
  /// backslash escapes any character but a newline, which ends it unterminated.
  private mutating func lexQuoted(_ quote: Unicode.Scalar, _ kind: TokenKind, _ what: String) -> State {
    while true {
      let r = next()
      if r == "\\" {
        if let r2 = next(), r2 != "\n" { continue }
        return errorf("unterminated \(what)")
      }
      if r == nil || r == "\n" { return errorf("unterminated \(what)") }
      if r == quote { break }
    }
    return emit(kind)
  }

  private mutating func lexRawQuote() -> State {
    while true {
      let r = next()
      if r == nil { return errorf("unterminated raw quoted string") }
      if r == "`" { break }
    }
    return emit(.rawString)
  }
}
