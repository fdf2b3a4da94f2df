import Values

/// The flags of one `%` directive, as Go's `fmt.fmtFlags` plus width and precision.
struct GoFormatFlags {
  var widPresent = false
  var precPresent = false
  var minus = false
  var plus = false
  var sharp = false
  var space = false
  var zero = false
  /// `%+v`: the plus flag moved aside so that numbers print no sign.
  var plusV = false
  /// `%#v`: Go-syntax printing.
  var sharpV = false
  var wid = 0
  var prec = 0
}

/// A port of Go's `fmt.pp` printer over `Value`: one output buffer, the current flags,
/// and the argument being printed (for `%!verb(type=value)` errors).
struct GoFormatPrinter {
  var buf: [UInt8] = []
  var f = GoFormatFlags()
  /// The operand being printed, for `badVerb`.
  private var arg: Value? = nil
  private var erroring = false
  private var reordered = false
  private var goodArgNum = true
  /// Maps being printed on the current path: Go recurses forever on a map that contains
  /// itself; here the inner occurrence prints as `map[...]`.
  private var mapsOnPath: Set<ObjectIdentifier> = []

  private static let ldigits: [UInt8] = Array("0123456789abcdefx".utf8)
  private static let udigits: [UInt8] = Array("0123456789ABCDEFX".utf8)
  private static let maxDepth = 1_000

  init() { buf.reserveCapacity(64) }

  /// The output as a Go string: bytes that are not UTF-8 (from `%s` of such a string) kept.
  var string: String { GoByteString.fromBytes(buf) }

  // MARK: - Padding

  private mutating func writePadding(_ n: Int) {
    if n <= 0 { return }
    let padByte: UInt8 = (f.zero && !f.minus) ? 48 : 32
    buf.append(contentsOf: repeatElement(padByte, count: n))
  }

  /// The number of runes Go counts in `bytes` (each byte that is not UTF-8 is one).
  private static func runeCount<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
    let array = Array(bytes)
    return array.withUnsafeBufferPointer { p in
      var n = 0
      var i = 0
      while i < p.count {
        i += max(1, GoStrconv.decodeRune(p, at: i).width)
        n += 1
      }
      return n
    }
  }

  /// Go's `fmt.pad`.
  private mutating func pad<C: Collection>(_ bytes: C) where C.Element == UInt8 {
    if !f.widPresent || f.wid == 0 {
      buf.append(contentsOf: bytes)
      return
    }
    let width = f.wid - Self.runeCount(bytes)
    if !f.minus {
      writePadding(width)
      buf.append(contentsOf: bytes)
    } else {
      buf.append(contentsOf: bytes)
      writePadding(width)
    }
  }

  private mutating func padString(_ s: String) { pad(s.utf8) }

  // MARK: - Scalars

  private mutating func fmtBoolean(_ v: Bool) { padString(v ? "true" : "false") }

  private mutating func fmtInteger(_ value: UInt64, base: Int, isSigned: Bool, verb: UInt32, digits: [UInt8])
  {
    var u = value
    let negative = isSigned && Int64(bitPattern: u) < 0
    if negative { u = 0 &- u }
    var prec = 0
    if f.precPresent {
      prec = f.prec
      if prec == 0 && u == 0 {
        let oldZero = f.zero
        f.zero = false
        writePadding(f.wid)
        f.zero = oldZero
        return
      }
    } else if f.zero && !f.minus && f.widPresent {
      prec = f.wid
      if negative || f.plus || f.space { prec -= 1 }
    }
    var rev: [UInt8] = []
    rev.reserveCapacity(24)
    let b = UInt64(base)
    while u >= b {
      rev.append(digits[Int(u % b)])
      u /= b
    }
    rev.append(digits[Int(u)])
    while prec > rev.count {
      rev.append(48)
    }
    if f.sharp {
      switch base {
      case 2:
        rev.append(UInt8(ascii: "b"))
        rev.append(48)
      case 8:
        if rev.last != 48 { rev.append(48) }
      case 16:
        rev.append(digits[16])
        rev.append(48)
      default: break
      }
    }
    if verb == UInt32(UInt8(ascii: "O")) {
      rev.append(UInt8(ascii: "o"))
      rev.append(48)
    }
    if negative {
      rev.append(UInt8(ascii: "-"))
    } else if f.plus {
      rev.append(UInt8(ascii: "+"))
    } else if f.space {
      rev.append(UInt8(ascii: " "))
    }
    let oldZero = f.zero
    f.zero = false
    pad(rev.reversed())
    f.zero = oldZero
  }

  private mutating func fmtUnicode(_ u: UInt64) {
    var prec = 4
    if f.precPresent && f.prec > 4 { prec = f.prec }
    var hex: [UInt8] = []
    var v = u
    repeat {
      hex.append(Self.udigits[Int(v & 0xF)])
      v >>= 4
    } while v > 0
    while hex.count < prec { hex.append(48) }
    var out: [UInt8] = Array("U+".utf8)
    out.append(contentsOf: hex.reversed())
    if f.sharp && u <= 0x10FFFF && GoStrconv.isPrint(UInt32(u)) {
      out.append(contentsOf: [32, 39])
      GoStrconv.appendRune(&out, UInt32(u))
      out.append(39)
    }
    let oldZero = f.zero
    f.zero = false
    pad(out)
    f.zero = oldZero
  }

  private mutating func fmtC(_ c: UInt64) {
    var out: [UInt8] = []
    GoStrconv.appendRune(&out, c > 0x10FFFF ? GoStrconv.runeError : UInt32(c))
    pad(out)
  }

  private mutating func fmtQc(_ c: UInt64) {
    var out: [UInt8] = []
    GoStrconv.appendQuotedRune(&out, c > 0x10FFFF ? GoStrconv.runeError : UInt32(c), asciiOnly: f.plus)
    pad(out)
  }

  private mutating func fmt0x64(_ v: UInt64, leading0x: Bool) {
    let sharp = f.sharp
    f.sharp = leading0x
    fmtInteger(v, base: 16, isSigned: false, verb: UInt32(UInt8(ascii: "v")), digits: Self.ldigits)
    f.sharp = sharp
  }

  private mutating func printInteger(_ v: UInt64, isSigned: Bool, verb: UInt32) {
    switch verb {
    case UInt32(UInt8(ascii: "v")):
      if f.sharpV && !isSigned {
        fmt0x64(v, leading0x: true)
      } else {
        fmtInteger(v, base: 10, isSigned: isSigned, verb: verb, digits: Self.ldigits)
      }
    case UInt32(UInt8(ascii: "d")):
      fmtInteger(v, base: 10, isSigned: isSigned, verb: verb, digits: Self.ldigits)
    case UInt32(UInt8(ascii: "b")):
      fmtInteger(v, base: 2, isSigned: isSigned, verb: verb, digits: Self.ldigits)
    case UInt32(UInt8(ascii: "o")), UInt32(UInt8(ascii: "O")):
      fmtInteger(v, base: 8, isSigned: isSigned, verb: verb, digits: Self.ldigits)
    case UInt32(UInt8(ascii: "x")):
      fmtInteger(v, base: 16, isSigned: isSigned, verb: verb, digits: Self.ldigits)
    case UInt32(UInt8(ascii: "X")):
      fmtInteger(v, base: 16, isSigned: isSigned, verb: verb, digits: Self.udigits)
    case UInt32(UInt8(ascii: "c")):
      fmtC(v)
    case UInt32(UInt8(ascii: "q")):
      fmtQc(v)
    case UInt32(UInt8(ascii: "U")):
      fmtUnicode(v)
    default:
      badVerb(verb)
    }
  }

  /// Go's `fmt.fmtFloat`.
  private mutating func fmtFloat(_ v: Double, verb inVerb: UInt8, prec inPrec: Int) {
    let verb = inVerb
    var prec = inPrec
    if f.precPresent { prec = f.prec }
    var num: [UInt8] = [UInt8(ascii: "+")]
    GoStrconv.appendFloat(&num, v, fmt: verb, prec: prec)
    if num[1] == UInt8(ascii: "-") || num[1] == UInt8(ascii: "+") {
      num.removeFirst()
    } else {
      num[0] = UInt8(ascii: "+")
    }
    if f.space && num[0] == UInt8(ascii: "+") && !f.plus {
      num[0] = UInt8(ascii: " ")
    }
    if num.count > 1 && (num[1] == UInt8(ascii: "I") || num[1] == UInt8(ascii: "N")) {
      let oldZero = f.zero
      f.zero = false
      if num[1] == UInt8(ascii: "N") && !f.space && !f.plus {
        num.removeFirst()
      }
      pad(num)
      f.zero = oldZero
      return
    }
    if f.sharp && verb != UInt8(ascii: "b") {
      var digits = 0
      switch verb {
      case UInt8(ascii: "v"), UInt8(ascii: "g"), UInt8(ascii: "G"), UInt8(ascii: "x"):
        digits = prec
        if digits == -1 { digits = 6 }
      default: break
      }
      var tail: [UInt8] = []
      var hasDecimalPoint = false
      var sawNonzeroDigit = false
      var i = 1
      while i < num.count {
        let c = num[i]
        if c == UInt8(ascii: ".") {
          hasDecimalPoint = true
        } else if c == UInt8(ascii: "p") || c == UInt8(ascii: "P") {
          tail.append(contentsOf: num[i...])
          num.removeSubrange(i...)
          break
        } else if (c == UInt8(ascii: "e") || c == UInt8(ascii: "E")) && verb != UInt8(ascii: "x")
          && verb != UInt8(ascii: "X")
        {
          tail.append(contentsOf: num[i...])
          num.removeSubrange(i...)
          break
        } else {
          if c != 48 { sawNonzeroDigit = true }
          if sawNonzeroDigit { digits -= 1 }
        }
        i += 1
      }
      if !hasDecimalPoint {
        if num.count == 2 && num[1] == 48 { digits -= 1 }
        num.append(UInt8(ascii: "."))
      }
      while digits > 0 {
        num.append(48)
        digits -= 1
      }
      num.append(contentsOf: tail)
    }
    if f.plus || num[0] != UInt8(ascii: "+") {
      if f.zero && !f.minus && f.widPresent && f.wid > num.count {
        buf.append(num[0])
        writePadding(f.wid - num.count)
        buf.append(contentsOf: num[1...])
        return
      }
      pad(num)
      return
    }
    pad(num[1...])
  }

  private mutating func printFloat(_ v: Double, verb: UInt32) {
    switch verb {
    case UInt32(UInt8(ascii: "v")):
      fmtFloat(v, verb: UInt8(ascii: "g"), prec: -1)
    case UInt32(UInt8(ascii: "b")), UInt32(UInt8(ascii: "g")), UInt32(UInt8(ascii: "G")),
      UInt32(UInt8(ascii: "x")), UInt32(UInt8(ascii: "X")):
      fmtFloat(v, verb: UInt8(verb), prec: -1)
    case UInt32(UInt8(ascii: "f")), UInt32(UInt8(ascii: "e")), UInt32(UInt8(ascii: "E")):
      fmtFloat(v, verb: UInt8(verb), prec: 6)
    case UInt32(UInt8(ascii: "F")):
      fmtFloat(v, verb: UInt8(ascii: "f"), prec: 6)
    default:
      badVerb(verb)
    }
  }

  // MARK: - Strings and bytes

  /// Truncates to `f.prec` runes when a precision is present.
  private func truncate(_ s: [UInt8]) -> ArraySlice<UInt8> {
    if f.precPresent {
      return s.withUnsafeBufferPointer { p in
        var n = f.prec
        var i = 0
        while i < p.count {
          n -= 1
          if n < 0 { return s[..<i] }
          i += max(1, GoStrconv.decodeRune(p, at: i).width)
        }
        return s[...]
      }
    }
    return s[...]
  }

  private mutating func fmtS(_ s: [UInt8]) {
    pad(truncate(s))
  }

  private mutating func fmtSbx(_ s: [UInt8], digits: [UInt8]) {
    var length = s.count
    if f.precPresent && f.prec < length { length = f.prec }
    var width = 2 * length
    if width > 0 {
      if f.space {
        if f.sharp { width *= 2 }
        width += length - 1
      } else if f.sharp {
        width += 2
      }
    } else {
      if f.widPresent { writePadding(f.wid) }
      return
    }
    if f.widPresent && f.wid > width && !f.minus { writePadding(f.wid - width) }
    if f.sharp { buf.append(contentsOf: [48, digits[16]]) }
    for i in 0..<length {
      if f.space && i > 0 {
        buf.append(32)
        if f.sharp { buf.append(contentsOf: [48, digits[16]]) }
      }
      let c = s[i]
      buf.append(digits[Int(c >> 4)])
      buf.append(digits[Int(c & 0xF)])
    }
    if f.widPresent && f.wid > width && f.minus { writePadding(f.wid - width) }
  }

  private mutating func fmtQ(_ s: [UInt8]) {
    let t = Array(truncate(s))
    if f.sharp && GoStrconv.canBackquote(t) {
      var out: [UInt8] = [96]
      out.append(contentsOf: t)
      out.append(96)
      pad(out)
      return
    }
    var out: [UInt8] = []
    GoStrconv.appendQuoted(&out, t, asciiOnly: f.plus)
    pad(out)
  }

  private mutating func printString(_ s: [UInt8], verb: UInt32) {
    switch verb {
    case UInt32(UInt8(ascii: "v")):
      if f.sharpV { fmtQ(s) } else { fmtS(s) }
    case UInt32(UInt8(ascii: "s")): fmtS(s)
    case UInt32(UInt8(ascii: "x")): fmtSbx(s, digits: Self.ldigits)
    case UInt32(UInt8(ascii: "X")): fmtSbx(s, digits: Self.udigits)
    case UInt32(UInt8(ascii: "q")): fmtQ(s)
    default: badVerb(verb)
    }
  }

  private mutating func printBytes(_ bytes: [UInt8], verb: UInt32, typeName: String, depth: Int) {
    switch verb {
    case UInt32(UInt8(ascii: "v")), UInt32(UInt8(ascii: "d")):
      if f.sharpV {
        buf.append(contentsOf: typeName.utf8)
        buf.append(UInt8(ascii: "{"))
        for (i, c) in bytes.enumerated() {
          if i > 0 { buf.append(contentsOf: [44, 32]) }
          fmt0x64(UInt64(c), leading0x: true)
        }
        buf.append(UInt8(ascii: "}"))
      } else {
        buf.append(UInt8(ascii: "["))
        for (i, c) in bytes.enumerated() {
          if i > 0 { buf.append(32) }
          fmtInteger(UInt64(c), base: 10, isSigned: false, verb: verb, digits: Self.ldigits)
        }
        buf.append(UInt8(ascii: "]"))
      }
    case UInt32(UInt8(ascii: "s")): fmtS(bytes)
    case UInt32(UInt8(ascii: "x")): fmtSbx(bytes, digits: Self.ldigits)
    case UInt32(UInt8(ascii: "X")): fmtSbx(bytes, digits: Self.udigits)
    case UInt32(UInt8(ascii: "q")): fmtQ(bytes)
    default:
      printSlice(
        bytes.map { .int(Int($0)) }, typeName: typeName, verb: verb,
        depth: depth, uintElements: true)
    }
  }

  // MARK: - Errors

  private mutating func appendRuneVerb(_ verb: UInt32) {
    GoStrconv.appendRune(&buf, verb)
  }

  private mutating func badVerb(_ verb: UInt32) {
    erroring = true
    buf.append(contentsOf: [37, 33])  // %!
    appendRuneVerb(verb)
    buf.append(UInt8(ascii: "("))
    if let a = arg, !a.isNil {
      buf.append(contentsOf: a.goTypeName.utf8)
      buf.append(UInt8(ascii: "="))
      printArg(a, verb: UInt32(UInt8(ascii: "v")), depth: 0)
    } else {
      buf.append(contentsOf: "<nil>".utf8)
    }
    buf.append(UInt8(ascii: ")"))
    erroring = false
  }

  // MARK: - Values

  /// Go's `printArg` (depth 0) and `printValue` (depth > 0) for one operand.
  mutating func printArg(_ value: Value, verb: UInt32, depth: Int = 0) {
    let savedArg = arg
    arg = value
    defer { arg = savedArg }
    if case .null = value {
      if depth == 0 {
        if verb == UInt32(UInt8(ascii: "T")) || verb == UInt32(UInt8(ascii: "v")) {
          padString("<nil>")
        } else {
          badVerb(verb)
        }
      } else {
        // A nil interface inside a slice or map.
        buf.append(contentsOf: (f.sharpV ? "interface {}(nil)" : "<nil>").utf8)
      }
      return
    }
    if verb == UInt32(UInt8(ascii: "T")) {
      fmtS(Array(value.goTypeName.utf8))
      return
    }
    if verb == UInt32(UInt8(ascii: "p")) {
      badVerb(verb)
      return
    }
    switch value {
    case .null:
      break
    case .bool(let b):
      if verb == UInt32(UInt8(ascii: "t")) || verb == UInt32(UInt8(ascii: "v")) {
        fmtBoolean(b)
      } else {
        badVerb(verb)
      }
    case .int(let i):
      printInteger(UInt64(bitPattern: Int64(i)), isSigned: true, verb: verb)
    case .int64(let i):
      printInteger(UInt64(bitPattern: i), isSigned: true, verb: verb)
    case .float(let d):
      printFloat(d, verb: verb)
    case .string(let s):
      printString(GoByteString.bytes(s), verb: verb)
    case .list(let items):
      printSlice(items, typeName: "[]interface {}", verb: verb, depth: depth)
    case .map(let m):
      printMap(m, verb: verb, depth: depth)
    case .object(let o):
      printObject(o, verb: verb, depth: depth)
    }
  }

  private mutating func printSlice(
    _ items: [Value], typeName: String, verb: UInt32, depth: Int,
    uintElements: Bool = false
  ) {
    if depth > Self.maxDepth {
      buf.append(contentsOf: "[...]".utf8)
      return
    }
    if f.sharpV {
      buf.append(contentsOf: typeName.utf8)
      buf.append(UInt8(ascii: "{"))
    } else {
      buf.append(UInt8(ascii: "["))
    }
    for (i, item) in items.enumerated() {
      if i > 0 {
        if f.sharpV { buf.append(contentsOf: [44, 32]) } else { buf.append(32) }
      }
      if uintElements, case .int(let n) = item {
        let savedArg = arg
        arg = .object(GoUnsignedByte(value: UInt8(truncatingIfNeeded: n)))
        printInteger(UInt64(UInt8(truncatingIfNeeded: n)), isSigned: false, verb: verb)
        arg = savedArg
      } else {
        printArg(item, verb: verb, depth: depth + 1)
      }
    }
    buf.append(UInt8(ascii: f.sharpV ? "}" : "]"))
  }

  private mutating func printMap(_ m: GoMap, verb: UInt32, depth: Int) {
    let id = ObjectIdentifier(m)
    if depth > Self.maxDepth || mapsOnPath.contains(id) {
      buf.append(contentsOf: "map[...]".utf8)
      return
    }
    if f.sharpV && m.isNilMap {
      buf.append(contentsOf: (m.goTypeName + "(nil)").utf8)
      return
    }
    mapsOnPath.insert(id)
    defer { mapsOnPath.remove(id) }
    if f.sharpV {
      buf.append(contentsOf: m.goTypeName.utf8)
      buf.append(UInt8(ascii: "{"))
    } else {
      buf.append(contentsOf: "map[".utf8)
    }
    for (i, key) in m.bytewiseSortedKeys.enumerated() {
      if i > 0 {
        if f.sharpV { buf.append(contentsOf: [44, 32]) } else { buf.append(32) }
      }
      printArg(.string(key), verb: verb, depth: depth + 1)
      buf.append(UInt8(ascii: ":"))
      printArg(m.storage[key] ?? .null, verb: verb, depth: depth + 1)
    }
    buf.append(UInt8(ascii: f.sharpV ? "}" : "]"))
  }

  /// The verbs for which Go's `handleMethods` calls a `String()` method.
  private static let stringerVerbs: Set<UInt32> = Set("vsxXq".unicodeScalars.map(\.value))

  private mutating func printObject(_ o: any GoObject, verb: UInt32, depth: Int) {
    if let slice = o as? TypedSlice {
      if slice.elementType == "uint8" {
        let bytes = slice.items.map { v -> UInt8 in
          if case .int(let n) = v { return UInt8(truncatingIfNeeded: n) }
          return 0
        }
        printBytes(bytes, verb: verb, typeName: f.sharpV ? "[]byte" : slice.goTypeName, depth: depth)
      } else {
        printSlice(slice.items, typeName: slice.goTypeName, verb: verb, depth: depth)
      }
      return
    }
    if let items = o.sliceItems {
      printSlice(items, typeName: o.goTypeName, verb: verb, depth: depth)
      return
    }
    // Go's fmt prints every integer kind alike: a `uint64` (semver's Major) takes `%d`,
    // `%x`, `%c`... as an int does; a named int with a String method (`time.Month`) uses
    // the method only for %v %s %x %X %q.
    if let u = o.unsignedIntegerValue {
      printInteger(u, isSigned: false, verb: verb)
      return
    }
    if let named = o as? GoNamedInt, f.sharpV || !Self.stringerVerbs.contains(verb) {
      printInteger(UInt64(bitPattern: Int64(named.value)), isSigned: true, verb: verb)
      return
    }
    switch verb {
    case UInt32(UInt8(ascii: "v")):
      if f.sharpV {
        pad(o.formatted(plus: false, sharp: true).utf8)
      } else {
        fmtS(Array(o.formatted(plus: f.plusV, sharp: false).utf8))
      }
    case UInt32(UInt8(ascii: "s")), UInt32(UInt8(ascii: "x")), UInt32(UInt8(ascii: "X")),
      UInt32(UInt8(ascii: "q")):
      printString(Array(o.formatted(plus: false, sharp: false).utf8), verb: verb)
    default:
      if erroring {
        fmtS(Array(o.formatted(plus: false, sharp: false).utf8))
      } else {
        badVerb(verb)
      }
    }
  }

  // MARK: - Print, Println, Printf

  /// Go's `doPrint`: a space between operands when neither is a string.
  mutating func doPrint(_ args: [Value]) {
    var prevString = false
    for (i, a) in args.enumerated() {
      let isString = a.goKind == .string
      if i > 0 && !isString && !prevString { buf.append(32) }
      f = GoFormatFlags()
      printArg(a, verb: UInt32(UInt8(ascii: "v")))
      prevString = isString
    }
  }

  /// Go's `doPrintln`: spaces between all operands and a final newline.
  mutating func doPrintln(_ args: [Value]) {
    for (i, a) in args.enumerated() {
      if i > 0 { buf.append(32) }
      f = GoFormatFlags()
      printArg(a, verb: UInt32(UInt8(ascii: "v")))
    }
    buf.append(10)
  }

  private static func tooLarge(_ x: Int) -> Bool { x > 1_000_000 || x < -1_000_000 }

  private static func parseNum(_ s: [UInt8], _ start: Int, _ end: Int) -> (num: Int, isNum: Bool, newi: Int) {
    if start >= end { return (0, false, end) }
    var num = 0
    var isNum = false
    var i = start
    while i < end && s[i] >= 48 && s[i] <= 57 {
      if tooLarge(num) { return (0, false, end) }
      num = num * 10 + Int(s[i] - 48)
      isNum = true
      i += 1
    }
    return (num, isNum, i)
  }

  private static func intFromArg(_ a: [Value], _ argNum: Int) -> (num: Int, isInt: Bool, newArgNum: Int) {
    var newArgNum = argNum
    var num = 0
    var isInt = false
    if argNum < a.count {
      switch a[argNum] {
      case .int(let n):
        num = n
        isInt = true
      case .int64(let n):
        num = Int(n)
        isInt = true
      case .object(let o):
        // Go's intFromArg takes any unsigned kind that fits an int.
        if let u = o.unsignedIntegerValue, u <= UInt64(Int.max) {
          num = Int(u)
          isInt = true
        }
      default: break
      }
      newArgNum = argNum + 1
      if tooLarge(num) {
        num = 0
        isInt = false
      }
    }
    return (num, isInt, newArgNum)
  }

  private static func parseArgNumber(_ s: [UInt8], _ start: Int) -> (index: Int, wid: Int, ok: Bool) {
    if s.count - start < 3 { return (0, 1, false) }
    var i = start + 1
    while i < s.count {
      if s[i] == UInt8(ascii: "]") {
        let (width, ok, newi) = parseNum(s, start + 1, i)
        if !ok || newi != i { return (0, i - start + 1, false) }
        return (width - 1, i - start + 1, true)
      }
      i += 1
    }
    return (0, 1, false)
  }

  private mutating func argNumber(_ argNum: Int, _ s: [UInt8], _ i: Int, _ numArgs: Int) -> (
    argNum: Int, i: Int, found: Bool
  ) {
    if s.count <= i || s[i] != UInt8(ascii: "[") { return (argNum, i, false) }
    reordered = true
    let (index, wid, ok) = Self.parseArgNumber(s, i)
    if ok && index >= 0 && index < numArgs { return (index, i + wid, true) }
    goodArgNum = false
    return (argNum, i + wid, ok)
  }

  /// Go's `doPrintf`.
  mutating func doPrintf(_ format: String, _ a: [Value]) {
    let s = Array(format.utf8)
    let end = s.count
    var argNum = 0
    var afterIndex = false
    reordered = false
    var i = 0
    formatLoop: while i < end {
      goodArgNum = true
      let lasti = i
      while i < end && s[i] != UInt8(ascii: "%") { i += 1 }
      if i > lasti { buf.append(contentsOf: s[lasti..<i]) }
      if i >= end { break }
      i += 1
      f = GoFormatFlags()
      flagLoop: while i < end {
        switch s[i] {
        case UInt8(ascii: "#"): f.sharp = true
        case UInt8(ascii: "0"): f.zero = !f.minus
        case UInt8(ascii: "+"): f.plus = true
        case UInt8(ascii: "-"):
          f.minus = true
          f.zero = false
        case UInt8(ascii: " "): f.space = true
        default: break flagLoop
        }
        i += 1
      }
      (argNum, i, afterIndex) = argNumber(argNum, s, i, a.count)
      if i < end && s[i] == UInt8(ascii: "*") {
        i += 1
        (f.wid, f.widPresent, argNum) = Self.intFromArg(a, argNum)
        if !f.widPresent { buf.append(contentsOf: "%!(BADWIDTH)".utf8) }
        if f.wid < 0 {
          f.wid = -f.wid
          f.minus = true
          f.zero = false
        }
        afterIndex = false
      } else {
        (f.wid, f.widPresent, i) = Self.parseNum(s, i, end)
        if afterIndex && f.widPresent { goodArgNum = false }
      }
      if i + 1 < end && s[i] == UInt8(ascii: ".") {
        i += 1
        if afterIndex { goodArgNum = false }
        (argNum, i, afterIndex) = argNumber(argNum, s, i, a.count)
        if i < end && s[i] == UInt8(ascii: "*") {
          i += 1
          (f.prec, f.precPresent, argNum) = Self.intFromArg(a, argNum)
          if f.prec < 0 {
            f.prec = 0
            f.precPresent = false
          }
          if !f.precPresent { buf.append(contentsOf: "%!(BADPREC)".utf8) }
          afterIndex = false
        } else {
          (f.prec, f.precPresent, i) = Self.parseNum(s, i, end)
          if !f.precPresent {
            f.prec = 0
            f.precPresent = true
          }
        }
      }
      if !afterIndex {
        (argNum, i, afterIndex) = argNumber(argNum, s, i, a.count)
      }
      if i >= end {
        buf.append(contentsOf: "%!(NOVERB)".utf8)
        break formatLoop
      }
      var verb = UInt32(s[i])
      var size = 1
      if s[i] >= 0x80 {
        let decoded = s.withUnsafeBufferPointer { GoStrconv.decodeRune($0, at: i) }
        verb = decoded.rune
        size = max(decoded.width, 1)
      }
      i += size
      if verb == UInt32(UInt8(ascii: "%")) {
        buf.append(UInt8(ascii: "%"))
      } else if !goodArgNum {
        buf.append(contentsOf: [37, 33])
        appendRuneVerb(verb)
        buf.append(contentsOf: "(BADINDEX)".utf8)
      } else if argNum >= a.count {
        buf.append(contentsOf: [37, 33])
        appendRuneVerb(verb)
        buf.append(contentsOf: "(MISSING)".utf8)
      } else {
        if verb == UInt32(UInt8(ascii: "v")) {
          f.sharpV = f.sharp
          f.sharp = false
          f.plusV = f.plus
          f.plus = false
        }
        printArg(a[argNum], verb: verb)
        argNum += 1
      }
    }
    if !reordered && argNum < a.count {
      f = GoFormatFlags()
      buf.append(contentsOf: "%!(EXTRA ".utf8)
      for (k, arg) in a[argNum...].enumerated() {
        if k > 0 { buf.append(contentsOf: [44, 32]) }
        if arg.isNil {
          buf.append(contentsOf: "<nil>".utf8)
        } else {
          buf.append(contentsOf: arg.goTypeName.utf8)
          buf.append(UInt8(ascii: "="))
          printArg(arg, verb: UInt32(UInt8(ascii: "v")))
        }
      }
      buf.append(UInt8(ascii: ")"))
    }
  }
}

/// A Go `uint8` element of a `[]uint8`, used only to name the type in `%!verb(uint8=…)`.
struct GoUnsignedByte: GoObject {
  var unsignedIntegerValue: UInt64? { UInt64(value) }
  let value: UInt8
  var goTypeName: String { "uint8" }
  var goKind: GoKind { .uint8 }
  func formatted(plus: Bool, sharp: Bool) -> String { String(value) }
}
