/// Go's `regexp/syntax` parser for the Perl flavour `regexp.Compile` accepts (RE2 syntax),
/// with Go's error texts (`error parsing regexp: missing closing ): `(``).
///
/// `\p{name}` takes Go 1.25's names: categories, their long aliases (`\p{Letter}`), `Any`,
/// `ASCII`, `Assigned`, looked up ignoring case, spaces, underscores and hyphens.
///
/// Divergences from Go, all rare in charts: `\p{Script}` knows only a few scripts by
/// approximate ranges (Latin, Greek, Cyrillic, Han, Hiragana, Katakana, Hangul, Arabic,
/// Hebrew, Thai, Devanagari); case folding uses Swift's simple lower/upper mappings rather
/// than Go's fold orbits; the size limits of Go's compiler
/// (programs over ~1MB) are not enforced.

/// A pattern `regexp.Compile` refuses, with Go's `*syntax.Error` text.
public struct RegexSyntaxError: Error, Equatable, Sendable {
  let code: String
  let expr: String
  /// Go's `Error()`: ``error parsing regexp: missing closing ): `(` ``.
  public var message: String { "error parsing regexp: \(code): `\(expr)`" }
}

indirect enum RegexNode: Sendable {
  case empty
  case literal(Unicode.Scalar, fold: Bool)
  case charClass(RegexCharClass)
  case anyChar(dotAll: Bool)
  case assertion(RegexAssertion)
  case concat([RegexNode])
  case alternate([RegexNode])
  case repeatNode(RegexNode, min: Int, max: Int, greedy: Bool)  // max -1 = unbounded
  case capture(RegexNode, index: Int)
}

enum RegexAssertion: Sendable {
  case beginText, endText, beginLine, endLine, wordBoundary, notWordBoundary
}

/// A bracket or Perl/Unicode class: items, negation, case folding.
struct RegexCharClass: Sendable {
  enum Item: Sendable {
    case range(UInt32, UInt32)
    case category(Set<Unicode.GeneralCategory>, negated: Bool)
    case script([ClosedRange<UInt32>], negated: Bool)
    case any
  }
  var items: [Item] = []
  var negated = false
  var fold = false

  func itemsMatch(_ v: UInt32) -> Bool {
    for item in items {
      switch item {
      case .range(let lo, let hi): if v >= lo && v <= hi { return true }
      case .any: return true
      case .category(let cats, let neg):
        if let s = Unicode.Scalar(v) {
          if cats.contains(s.properties.generalCategory) != neg { return true }
        } else if neg {
          return true
        }
      case .script(let ranges, let neg):
        if ranges.contains(where: { $0.contains(v) }) != neg { return true }
      }
    }
    return false
  }

  func matches(_ c: Unicode.Scalar) -> Bool {
    var hit = itemsMatch(c.value)
    if !hit && fold {
      for alt in RegexCharClass.foldVariants(c) where alt != c {
        if itemsMatch(alt.value) { hit = true; break }
      }
    }
    return hit != negated
  }

  static func foldVariants(_ c: Unicode.Scalar) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = [c]
    let p = c.properties
    for m in [p.lowercaseMapping, p.uppercaseMapping, p.titlecaseMapping] {
      let us = m.unicodeScalars
      if us.count == 1, let f = us.first, !out.contains(f) { out.append(f) }
    }
    // Second step, e.g. K (Kelvin) → k → K.
    for x in out {
      for m in [x.properties.lowercaseMapping, x.properties.uppercaseMapping] {
        let us = m.unicodeScalars
        if us.count == 1, let f = us.first, !out.contains(f) { out.append(f) }
      }
    }
    return out
  }
}

/// Parser state for one pattern.
struct RegexParser {
  struct Flags {
    var caseInsensitive = false
    var multiLine = false
    var dotAll = false
    var ungreedy = false
  }

  let whole: String
  let s: [Unicode.Scalar]
  var i = 0
  var captureCount = 0
  var names: [String?] = [nil]
  var depth = 0

  init(_ pattern: String) {
    whole = pattern
    s = Array(pattern.unicodeScalars)
  }

  static func parse(_ pattern: String) throws(RegexSyntaxError) -> (RegexNode, Int, [String?]) {
    var p = RegexParser(pattern)
    let node = try p.parseAlternation(Flags(), topLevel: true)
    return (node, p.captureCount, p.names)
  }

  func text(_ a: Int, _ b: Int) -> String {
    var out = ""
    out.unicodeScalars.append(contentsOf: s[max(0, a)..<min(b, s.count)])
    return out
  }

  func error(_ code: String, _ expr: String) -> RegexSyntaxError { RegexSyntaxError(code: code, expr: expr) }

  mutating func parseAlternation(_ flagsIn: Flags, topLevel: Bool) throws(RegexSyntaxError) -> RegexNode {
    var flags = flagsIn
    var branches: [RegexNode] = []
    var items: [RegexNode] = []
    var lastRepeatStart: Int? = nil
    depth += 1
    if depth > 1000 { throw error("expression nests too deeply", whole) }
    defer { depth -= 1 }
    while i < s.count {
      let c = s[i]
      let start = i
      switch c {
      case "|":
        i += 1
        branches.append(.concat(items))
        items = []
        lastRepeatStart = nil
        continue
      case ")":
        if topLevel { throw error("unexpected )", whole) }
        branches.append(.concat(items))
        return branches.count == 1 ? branches[0] : .alternate(branches)
      case "(":
        if i + 1 < s.count, s[i + 1] == "?" {
          // Flags, non-capturing group or named capture.
          if i + 2 < s.count, s[i + 2] == "P" || s[i + 2] == "<" {
            var j = i + 2
            if s[j] == "P" {
              j += 1
              if j >= s.count || s[j] != "<" {
                // `(?P=name)` and friends.
                throw error("invalid or unsupported Perl syntax", text(i, j))
              }
            }
            j += 1
            let nameStart = j
            while j < s.count, s[j] != ">" { j += 1 }
            if j >= s.count { throw error("invalid named capture", text(i, s.count)) }
            let name = text(nameStart, j)
            let capText = text(i, j + 1)
            if name.isEmpty
              || !name.unicodeScalars.allSatisfy({
                $0 == "_" || ($0.value < 128 && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
              })
            {
              throw error("invalid named capture", capText)
            }
            i = j + 1
            items.append(try parseCapture(named: name, flags, start: start))
          } else {
            var j = i + 2
            var newFlags = flags
            var negate = false
            var sawFlag = false
            var done = false
            while j < s.count, !done {
              let f = s[j]
              j += 1
              switch f {
              case "i": newFlags.caseInsensitive = !negate; sawFlag = true
              case "m": newFlags.multiLine = !negate; sawFlag = true
              case "s": newFlags.dotAll = !negate; sawFlag = true
              case "U": newFlags.ungreedy = !negate; sawFlag = true
              case "-":
                if negate { throw error("invalid or unsupported Perl syntax", text(i, j)) }
                negate = true
                sawFlag = false
              case ")":
                if negate && !sawFlag { throw error("invalid or unsupported Perl syntax", text(i, j)) }
                flags = newFlags
                i = j
                done = true
              case ":":
                if negate && !sawFlag { throw error("invalid or unsupported Perl syntax", text(i, j)) }
                i = j
                let inner = try parseAlternation(newFlags, topLevel: false)
                try expectClose(start)
                items.append(inner)
                done = true
              default:
                throw error("invalid or unsupported Perl syntax", text(i, j))
              }
            }
            if !done { throw error("invalid or unsupported Perl syntax", text(i, j)) }
          }
        } else {
          i += 1
          items.append(try parseCapture(named: nil, flags, start: start))
        }
        lastRepeatStart = nil
        continue
      case "*", "+", "?", "{":
        var minR = 0
        var maxR = -1
        var j = i + 1
        if c == "{" {
          guard let (a, b, end) = parseRepeatBraces(i) else {
            items.append(.literal("{", fold: flags.caseInsensitive))
            i += 1
            lastRepeatStart = nil
            continue
          }
          if a < 0 || a > 1000 || b > 1000 || (b >= 0 && a > b) {
            throw error("invalid repeat count", text(i, end))
          }
          minR = a
          maxR = b
          j = end
        } else if c == "+" {
          minR = 1
        } else if c == "?" {
          maxR = 1
        }
        var greedy = true
        if j < s.count, s[j] == "?" {
          greedy = false
          j += 1
        }
        if flags.ungreedy { greedy.toggle() }
        if let last = lastRepeatStart {
          throw error("invalid nested repetition operator", text(last, j))
        }
        guard let prev = items.popLast() else {
          throw error("missing argument to repetition operator", text(i, j))
        }
        let node = RegexNode.repeatNode(prev, min: minR, max: maxR, greedy: greedy)
        // Go rejects nested counted repeats whose product exceeds 1000.
        if c == "{" && (minR >= 2 || maxR >= 2) && !Self.repeatIsValid(node, 1000) {
          throw error("invalid repeat count", text(i, j))
        }
        items.append(node)
        lastRepeatStart = start
        i = j
        continue
      case "^":
        items.append(.assertion(flags.multiLine ? .beginLine : .beginText))
        i += 1
      case "$":
        items.append(.assertion(flags.multiLine ? .endLine : .endText))
        i += 1
      case ".":
        items.append(.anyChar(dotAll: flags.dotAll))
        i += 1
      case "[":
        items.append(.charClass(try parseClass(flags)))
      case "\\":
        if i + 1 < s.count, s[i + 1] == "Q" {
          var j = i + 2
          var lit: [Unicode.Scalar] = []
          while j < s.count {
            if s[j] == "\\", j + 1 < s.count, s[j + 1] == "E" { j += 2; break }
            if s[j] == "\\", j + 1 < s.count, s[j + 1] == "\\" { lit.append("\\"); j += 2; continue }
            lit.append(s[j])
            j += 1
          }
          for l in lit { items.append(.literal(l, fold: flags.caseInsensitive)) }
          i = j
          lastRepeatStart = nil
          continue
        }
        items.append(try parseEscapeAtom(flags))
      default:
        items.append(.literal(c, fold: flags.caseInsensitive))
        i += 1
      }
      lastRepeatStart = nil
    }
    if !topLevel { throw error("missing closing )", whole) }
    branches.append(.concat(items))
    return branches.count == 1 ? branches[0] : .alternate(branches)
  }

  /// Go's `repeatIsValid`: nested `{n,m}` counts multiply to at most `n`.
  static func repeatIsValid(_ re: RegexNode, _ n0: Int) -> Bool {
    var n = n0
    switch re {
    case .repeatNode(let inner, let minR, let maxR, _):
      if maxR == 0 { return true }
      let m = maxR < 0 ? minR : maxR
      if m > n { return false }
      if m > 0 { n /= m }
      return repeatIsValid(inner, n)
    case .concat(let items): return items.allSatisfy { repeatIsValid($0, n) }
    case .alternate(let items): return items.allSatisfy { repeatIsValid($0, n) }
    case .capture(let inner, _): return repeatIsValid(inner, n)
    default: return true
    }
  }

  /// A capturing group's body after its `(`, `(?P<name>` or `(?<name>`, up to its `)`: the
  /// next group number, recorded with its name.
  mutating func parseCapture(named name: String?, _ flags: Flags, start: Int) throws(RegexSyntaxError)
    -> RegexNode
  {
    captureCount += 1
    let index = captureCount
    names.append(name)
    let inner = try parseAlternation(flags, topLevel: false)
    try expectClose(start)
    return .capture(inner, index: index)
  }

  mutating func expectClose(_ start: Int) throws(RegexSyntaxError) {
    guard i < s.count, s[i] == ")" else { throw error("missing closing )", whole) }
    i += 1
  }

  /// `{n}`, `{n,}`, `{n,m}` at `at`; nil if not a valid repeat (then `{` is literal).
  func parseRepeatBraces(_ at: Int) -> (Int, Int, Int)? {
    var j = at + 1
    func number() -> Int? {
      let st = j
      while j < s.count, ("0"..."9").contains(s[j]) { j += 1 }
      if j == st { return nil }
      if j - st > 1 && s[st] == "0" { return nil }
      var v = 0
      for k in st..<j {
        v = v * 10 + Int(s[k].value - 48)
        if v > 100_000_000 { v = 100_000_000 }
      }
      return v
    }
    guard let a = number() else { return nil }
    var b = a
    if j < s.count, s[j] == "," {
      j += 1
      if j < s.count, s[j] == "}" {
        b = -1
      } else {
        guard let m = number() else { return nil }
        b = m
      }
    }
    guard j < s.count, s[j] == "}" else { return nil }
    return (a, b, j + 1)
  }

  static let perlClasses: [Unicode.Scalar: [RegexCharClass.Item]] = [
    "d": [.range(48, 57)],
    "s": [.range(9, 10), .range(12, 13), .range(32, 32)],
    "w": [.range(48, 57), .range(65, 90), .range(95, 95), .range(97, 122)],
  ]

  static let posixClasses: [String: [RegexCharClass.Item]] = [
    "alnum": [.range(48, 57), .range(65, 90), .range(97, 122)],
    "alpha": [.range(65, 90), .range(97, 122)],
    "ascii": [.range(0, 127)],
    "blank": [.range(9, 9), .range(32, 32)],
    "cntrl": [.range(0, 31), .range(127, 127)],
    "digit": [.range(48, 57)],
    "graph": [.range(33, 126)],
    "lower": [.range(97, 122)],
    "print": [.range(32, 126)],
    "punct": [.range(33, 47), .range(58, 64), .range(91, 96), .range(123, 126)],
    "space": [.range(9, 13), .range(32, 32)],
    "upper": [.range(65, 90)],
    "word": [.range(48, 57), .range(65, 90), .range(95, 95), .range(97, 122)],
    "xdigit": [.range(48, 57), .range(65, 70), .range(97, 102)],
  ]

  /// An escape outside a class: Perl class, Unicode class, assertion or literal.
  mutating func parseEscapeAtom(_ flags: Flags) throws(RegexSyntaxError) -> RegexNode {
    let start = i
    guard i + 1 < s.count else { throw error("trailing backslash at end of expression", "") }
    let c = s[i + 1]
    switch c {
    case "A": i += 2; return .assertion(.beginText)
    case "z": i += 2; return .assertion(.endText)
    case "b": i += 2; return .assertion(.wordBoundary)
    case "B": i += 2; return .assertion(.notWordBoundary)
    case "d", "s", "w", "D", "S", "W":
      i += 2
      let lower = Unicode.Scalar(c.value | 0x20)!
      var cls = RegexCharClass(items: Self.perlClasses[lower] ?? [], negated: c != lower, fold: false)
      cls.fold = false
      return .charClass(cls)
    case "p", "P":
      var cls = RegexCharClass()
      cls.fold = flags.caseInsensitive
      try parseUnicodeClass(into: &cls)
      return .charClass(cls)
    default:
      _ = start
      let r = try parseEscapeChar()
      return .literal(r, fold: flags.caseInsensitive)
    }
  }

  /// `\pL`, `\p{Greek}`, `\PL`, `\p{^L}` at `i`.
  mutating func parseUnicodeClass(into cls: inout RegexCharClass) throws(RegexSyntaxError) {
    let start = i
    var negated = s[i + 1] == "P"
    var j = i + 2
    guard j < s.count else { throw error("invalid character class range", text(start, j)) }
    var name: String
    if s[j] == "{" {
      let nameStart = j + 1
      while j < s.count, s[j] != "}" { j += 1 }
      if j >= s.count { throw error("invalid character class range", text(start, s.count)) }
      name = text(nameStart, j)
      j += 1
    } else {
      name = text(j, j + 1)
      j += 1
    }
    let seq = text(start, j)
    if name.hasPrefix("^") {
      negated.toggle()
      name.removeFirst()
    }
    i = j
    switch Self.unicodeTables[Self.canonicalTableName(name)] {
    case .any?:
      cls.items.append(negated ? .range(1, 0) : .any)
    case .categories(let cats, let inverted)?:
      cls.items.append(.category(cats, negated: negated != inverted))
    case .script(let ranges)?:
      cls.items.append(.script(ranges, negated: negated))
    case nil:
      throw error("invalid character class range", seq)
    }
  }

  /// What a `\p{name}` names: any rune, a set of general categories (possibly inverted,
  /// as `Assigned` is "not Cn"), or a script.
  enum UnicodeTable {
    case any
    case categories(Set<Unicode.GeneralCategory>, inverted: Bool)
    case script([ClosedRange<UInt32>])
  }

  /// Go 1.25's name lookup (Unicode TR18): case-insensitive, ignoring spaces, underscores
  /// and hyphens.
  static func canonicalTableName(_ name: String) -> String {
    String(name.lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" })
  }

  /// Every name `\p` accepts, by canonical name: `Any`, `ASCII`, `Assigned`, the general
  /// categories and their long aliases (`unicode.CategoryAliases`), and the scripts.
  static let unicodeTables: [String: UnicodeTable] = {
    var out: [String: UnicodeTable] = [:]
    for (name, cats) in categories { out[canonicalTableName(name)] = .categories(cats, inverted: false) }
    for (alias, name) in categoryAliases {
      if let cats = categories[name] { out[canonicalTableName(alias)] = .categories(cats, inverted: false) }
    }
    for (name, ranges) in scripts { out[canonicalTableName(name)] = .script(ranges) }
    out["any"] = .any
    out["ascii"] = .script([0...0x7F])
    out["assigned"] = .categories([.unassigned], inverted: true)
    return out
  }()

  /// Go's `unicode.CategoryAliases` (Go 1.25).
  static let categoryAliases: [String: String] = [
    "Cased_Letter": "LC", "Close_Punctuation": "Pe", "Combining_Mark": "M", "Connector_Punctuation": "Pc",
    "Control": "Cc", "Currency_Symbol": "Sc", "Dash_Punctuation": "Pd", "Decimal_Number": "Nd",
    "Enclosing_Mark": "Me", "Final_Punctuation": "Pf", "Format": "Cf", "Initial_Punctuation": "Pi",
    "Letter": "L", "Letter_Number": "Nl", "Line_Separator": "Zl", "Lowercase_Letter": "Ll", "Mark": "M",
    "Math_Symbol": "Sm", "Modifier_Letter": "Lm", "Modifier_Symbol": "Sk", "Nonspacing_Mark": "Mn",
    "Number": "N", "Open_Punctuation": "Ps", "Other": "C", "Other_Letter": "Lo", "Other_Number": "No",
    "Other_Punctuation": "Po", "Other_Symbol": "So", "Paragraph_Separator": "Zp", "Private_Use": "Co",
    "Punctuation": "P", "Separator": "Z", "Space_Separator": "Zs", "Spacing_Mark": "Mc", "Surrogate": "Cs",
    "Symbol": "S", "Titlecase_Letter": "Lt", "Unassigned": "Cn", "Uppercase_Letter": "Lu", "cntrl": "Cc",
    "digit": "Nd", "punct": "P",
  ]

  static let categories: [String: Set<Unicode.GeneralCategory>] = {
    let groups: [String: [Unicode.GeneralCategory]] = [
      "Lu": [.uppercaseLetter], "Ll": [.lowercaseLetter], "Lt": [.titlecaseLetter],
      "Lm": [.modifierLetter], "Lo": [.otherLetter],
      "Mn": [.nonspacingMark], "Mc": [.spacingMark], "Me": [.enclosingMark],
      "Nd": [.decimalNumber], "Nl": [.letterNumber], "No": [.otherNumber],
      "Pc": [.connectorPunctuation], "Pd": [.dashPunctuation], "Ps": [.openPunctuation],
      "Pe": [.closePunctuation], "Pi": [.initialPunctuation], "Pf": [.finalPunctuation],
      "Po": [.otherPunctuation],
      "Sm": [.mathSymbol], "Sc": [.currencySymbol], "Sk": [.modifierSymbol], "So": [.otherSymbol],
      "Zs": [.spaceSeparator], "Zl": [.lineSeparator], "Zp": [.paragraphSeparator],
      "Cc": [.control], "Cf": [.format], "Cs": [.surrogate], "Co": [.privateUse],
    ]
    var out: [String: Set<Unicode.GeneralCategory>] = [:]
    for (k, v) in groups {
      out[k] = Set(v)
      let major = String(k.prefix(1))
      out[major, default: []].formUnion(v)
    }
    out["LC"] = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter]
    out["Cn"] = [.unassigned]
    return out
  }()

  static let scripts: [String: [ClosedRange<UInt32>]] = [
    "Latin": [
      0x41...0x5A, 0x61...0x7A, 0xAA...0xAA, 0xBA...0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F,
      0x1E00...0x1EFF,
    ],
    "Greek": [
      0x370...0x373, 0x375...0x377, 0x37A...0x37D, 0x37F...0x37F, 0x384...0x384, 0x386...0x386, 0x388...0x3E1,
      0x3F0...0x3FF, 0x1F00...0x1FFE,
    ],
    "Cyrillic": [0x400...0x52F, 0x1C80...0x1C88, 0x2DE0...0x2DFF, 0xA640...0xA69F],
    "Han": [
      0x2E80...0x2FD5, 0x3005...0x3007, 0x3021...0x3029, 0x3038...0x303B, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xF900...0xFAFF, 0x20000...0x3134F,
    ],
    "Hiragana": [0x3041...0x3096, 0x309D...0x309F],
    "Katakana": [0x30A1...0x30FA, 0x30FD...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF6F, 0xFF71...0xFF9D],
    "Hangul": [0x1100...0x11FF, 0x3131...0x318E, 0xAC00...0xD7A3],
    "Arabic": [
      0x600...0x604, 0x606...0x60B, 0x60D...0x61A, 0x61C...0x61E, 0x620...0x63F, 0x641...0x64A, 0x656...0x66F,
      0x671...0x6DC, 0x6DE...0x6FF,
    ],
    "Hebrew": [0x591...0x5C7, 0x5D0...0x5EA, 0x5EF...0x5F4, 0xFB1D...0xFB4F],
    "Thai": [0xE01...0xE3A, 0xE40...0xE5B],
    "Devanagari": [0x900...0x950, 0x955...0x963, 0x966...0x97F],
  ]

  /// A single-character escape at `i` (`\n`, `\x41`, `\x{263a}`, `\101`, `\.`).
  mutating func parseEscapeChar() throws(RegexSyntaxError) -> Unicode.Scalar {
    let start = i
    guard i + 1 < s.count else { throw error("trailing backslash at end of expression", "") }
    let c = s[i + 1]
    i += 2
    func isOctal(_ x: Unicode.Scalar) -> Bool { ("0"..."7").contains(x) }
    switch c {
    case "1", "2", "3", "4", "5", "6", "7", "0":
      if c != "0", !(i < s.count && isOctal(s[i])) { break }
      var r = c.value - 48
      for _ in 1..<3 {
        guard i < s.count, isOctal(s[i]) else { break }
        r = r * 8 + s[i].value - 48
        i += 1
      }
      return Unicode.Scalar(r)!
    case "x":
      guard i < s.count else { break }
      if s[i] == "{" {
        i += 1
        var v: UInt32 = 0
        var n = 0
        while true {
          guard i < s.count else { throw error("invalid escape sequence", text(start, i)) }
          let d = s[i]
          i += 1
          if d == "}" { break }
          guard let h = hexValue(d) else { throw error("invalid escape sequence", text(start, i)) }
          v = v * 16 + h
          if v > 0x10FFFF { throw error("invalid escape sequence", text(start, i)) }
          n += 1
        }
        guard n > 0, let u = Unicode.Scalar(v) else { throw error("invalid escape sequence", text(start, i)) }
        return u
      }
      guard i + 1 < s.count, let h = hexValue(s[i]), let l = hexValue(s[i + 1]) else {
        i = min(i + 2, s.count)
        throw error("invalid escape sequence", text(start, i))
      }
      i += 2
      return Unicode.Scalar(h * 16 + l)!
    case "a": return "\u{07}"
    case "f": return "\u{0C}"
    case "n": return "\n"
    case "r": return "\r"
    case "t": return "\t"
    case "v": return "\u{0B}"
    default:
      if c.value < 128, !(c.properties.isAlphabetic || ("0"..."9").contains(c)) {
        return c
      }
    }
    throw error("invalid escape sequence", text(start, i))
  }

  func hexValue(_ c: Unicode.Scalar) -> UInt32? {
    switch c {
    case "0"..."9": return c.value - 48
    case "a"..."f": return c.value - 87
    case "A"..."F": return c.value - 55
    default: return nil
    }
  }

  /// A bracket class at `i` (`[...]`).
  mutating func parseClass(_ flags: Flags) throws(RegexSyntaxError) -> RegexCharClass {
    let start = i
    var cls = RegexCharClass()
    cls.fold = flags.caseInsensitive
    i += 1
    if i < s.count, s[i] == "^" {
      cls.negated = true
      i += 1
    }
    var first = true
    while i < s.count, s[i] != "]" || first {
      first = false
      let itemStart = i
      // POSIX class.
      if s[i] == "[", i + 1 < s.count, s[i + 1] == ":" {
        var j = i + 2
        while j + 1 < s.count, !(s[j] == ":" && s[j + 1] == "]") { j += 1 }
        if j + 1 < s.count {
          var name = text(i + 2, j)
          let seq = text(i, j + 2)
          var neg = false
          if name.hasPrefix("^") {
            neg = true
            name.removeFirst()
          }
          guard let items = Self.posixClasses[name] else {
            throw error("invalid character class range", seq)
          }
          if neg {
            cls.items.append(contentsOf: Self.negate(items))
          } else {
            cls.items.append(contentsOf: items)
          }
          i = j + 2
          continue
        }
      }
      if s[i] == "\\", i + 1 < s.count {
        let e = s[i + 1]
        if ["d", "s", "w", "D", "S", "W"].contains(e) {
          let lower = Unicode.Scalar(e.value | 0x20)!
          let items = Self.perlClasses[lower] ?? []
          cls.items.append(contentsOf: e == lower ? items : Self.negate(items))
          i += 2
          continue
        }
        if e == "p" || e == "P" {
          try parseUnicodeClass(into: &cls)
          continue
        }
      }
      let lo = try classChar(start)
      var hi = lo
      if i + 1 < s.count, s[i] == "-", s[i + 1] != "]" {
        i += 1
        hi = try classChar(start)
        if hi.value < lo.value {
          throw error("invalid character class range", text(itemStart, i))
        }
      }
      cls.items.append(.range(lo.value, hi.value))
    }
    guard i < s.count else { throw error("missing closing ]", text(start, s.count)) }
    i += 1
    return cls
  }

  mutating func classChar(_ classStart: Int) throws(RegexSyntaxError) -> Unicode.Scalar {
    guard i < s.count else { throw error("missing closing ]", text(classStart, s.count)) }
    if s[i] == "\\" { return try parseEscapeChar() }
    let c = s[i]
    i += 1
    return c
  }

  static func negate(_ items: [RegexCharClass.Item]) -> [RegexCharClass.Item] {
    var ranges: [(UInt32, UInt32)] = []
    for case .range(let a, let b) in items { ranges.append((a, b)) }
    ranges.sort { $0.0 < $1.0 }
    var out: [RegexCharClass.Item] = []
    var next: UInt32 = 0
    for (a, b) in ranges {
      if a > next { out.append(.range(next, a - 1)) }
      next = max(next, b + 1)
    }
    if next <= 0x10FFFF { out.append(.range(next, 0x10FFFF)) }
    return out
  }
}
