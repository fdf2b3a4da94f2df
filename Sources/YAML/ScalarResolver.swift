import GoLib

/// YAML 1.1 scalar resolution exactly as go-yaml v2's `resolve` applies it (also used, with
/// the v3 "old bool" list, to decide quoting in toYamlPretty).
enum ScalarResolver {
  static let strTag = "tag:yaml.org,2002:str"
  static let boolTag = "tag:yaml.org,2002:bool"
  static let intTag = "tag:yaml.org,2002:int"
  static let floatTag = "tag:yaml.org,2002:float"
  static let nullTag = "tag:yaml.org,2002:null"
  static let timestampTag = "tag:yaml.org,2002:timestamp"
  static let binaryTag = "tag:yaml.org,2002:binary"
  static let mergeTag = "tag:yaml.org,2002:merge"

  /// A resolved scalar, with the Go type go-yaml would produce.
  enum Resolved: Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case float(Double)
    case string(String)
    /// A timestamp; go-yaml v2 hands these to `interface{}` as their original text.
    case timestamp(String)
    case merge
  }

  private static let resolveMap: [String: Resolved] = {
    var m: [String: Resolved] = [:]
    for s in ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"] { m[s] = .bool(true) }
    for s in ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"] {
      m[s] = .bool(false)
    }
    for s in ["", "~", "null", "Null", "NULL"] { m[s] = .null }
    for s in [".nan", ".NaN", ".NAN"] { m[s] = .float(.nan) }
    for s in [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"] { m[s] = .float(.infinity) }
    for s in ["-.inf", "-.Inf", "-.INF"] { m[s] = .float(-.infinity) }
    m["<<"] = .merge
    return m
  }()

  static func tagOf(_ r: Resolved) -> String {
    switch r {
    case .null: return nullTag
    case .bool: return boolTag
    case .int, .uint: return intTag
    case .float: return floatTag
    case .string: return strTag
    case .timestamp: return timestampTag
    case .merge: return mergeTag
    }
  }

  private static func hint(_ c: UInt8) -> UInt8 {
    switch c {
    case UInt8(ascii: "+"), UInt8(ascii: "-"): return UInt8(ascii: "S")
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt8(ascii: "D")
    case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"),
      UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"),
      UInt8(ascii: "~"):
      return UInt8(ascii: "M")
    case UInt8(ascii: "."): return UInt8(ascii: ".")
    default: return 0
    }
  }

  static func shortTag(_ tag: String) -> String {
    let prefix = "tag:yaml.org,2002:"
    if tag.hasPrefix(prefix) { return "!!" + tag.dropFirst(prefix.count) }
    return tag
  }

  /// go-yaml's `resolve(tag, in)` for an implicit (plain) scalar: the tag it resolves to.
  static func resolvePlain(_ s: String) -> Resolved {
    resolveUntagged(s, allowTimestamp: true)
  }

  private static func resolveUntagged(_ s: String, allowTimestamp: Bool) -> Resolved {
    let h: UInt8 = s.utf8.first.map(hint) ?? UInt8(ascii: "N")
    if h == 0 { return .string(s) }  // most scalars: decided by the first byte, nothing copied
    // the words of `resolveMap` are at most five bytes long (`false`), none starts with a digit
    if h == UInt8(ascii: "M") && s.utf8.count > 5 { return .string(s) }
    if h != UInt8(ascii: "D"), let item = resolveMap[s] { return item }
    switch h {
    case UInt8(ascii: "."):
      if let f = goParseFloat(Array(s.utf8)) { return .float(f) }
    case UInt8(ascii: "D"), UInt8(ascii: "S"):
      let bytes = Array(s.utf8)
      if allowTimestamp, GoTimestamp.isTimestamp(bytes) { return .timestamp(s) }
      let plain = bytes.filter { $0 != UInt8(ascii: "_") }
      if let i = goParseInt(plain) { return .int(i) }
      if let u = goParseUint(plain) { return .uint(u) }
      if isYAMLStyleFloat(plain), let f = goParseFloat(plain) { return .float(f) }
    default:
      break
    }
    return .string(s)
  }

  /// Errors a tagged scalar can raise (go-yaml's `cannot decode !!x `v` as a !!y`).
  struct DecodeFailure: Error { let message: String }

  /// `resolve(tag, in)` with an explicit tag (long form, e.g. `tag:yaml.org,2002:int`).
  /// Returns nil for tags go-yaml does not resolve (custom and `!!binary`), which keep the text.
  static func resolveTagged(_ tag: String, _ s: String) throws -> Resolved? {
    switch tag {
    case "", strTag, boolTag, intTag, floatTag, nullTag, timestampTag: break
    default: return nil
    }
    if tag == strTag { return .string(s) }
    let r = resolveUntagged(s, allowTimestamp: tag == "" || tag == timestampTag)
    let rtag = tagOf(r)
    if tag == "" || tag == rtag { return r }
    if tag == floatTag {
      switch r {
      case .int(let i): return .float(Double(i))
      default: break
      }
    }
    throw DecodeFailure(message: "cannot decode \(shortTag(rtag)) `\(s)` as a \(shortTag(tag))")
  }

  // MARK: Go number parsing

  /// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
  static func isYAMLStyleFloat(_ b: [UInt8]) -> Bool {
    var i = 0
    let n = b.count
    func isDigit(_ j: Int) -> Bool { j < n && b[j] >= 48 && b[j] <= 57 }
    if i < n && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+")) { i += 1 }
    if i < n && b[i] == UInt8(ascii: ".") {
      i += 1
      guard isDigit(i) else { return false }
      while isDigit(i) { i += 1 }
    } else {
      guard isDigit(i) else { return false }
      while isDigit(i) { i += 1 }
      if i < n && b[i] == UInt8(ascii: ".") {
        i += 1
        while isDigit(i) { i += 1 }
      }
    }
    return isExponentThenEnd(b, from: i)
  }

  /// `strconv.ParseFloat(s, 64)` for decimal text (the only forms the resolver reaches it
  /// with): nil on syntax error or overflow to infinity.
  static func goParseFloat(_ b: [UInt8]) -> Double? {
    // Go also accepts inf/nan words and hex floats; the resolver never passes them here
    // except via the '.' hint, where only decimal forms can occur.
    guard isDecimalFloatSyntax(b) else { return nil }
    return GoStrconvParsing.parseFloat(String(decoding: b, as: UTF8.self))
  }

  private static func isDecimalFloatSyntax(_ b: [UInt8]) -> Bool {
    var i = 0
    let n = b.count
    func isDigit(_ j: Int) -> Bool { j < n && b[j] >= 48 && b[j] <= 57 }
    if i < n && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+")) { i += 1 }
    var sawDigits = false
    while isDigit(i) { i += 1; sawDigits = true }
    if i < n && b[i] == UInt8(ascii: ".") {
      i += 1
      while isDigit(i) { i += 1; sawDigits = true }
    }
    guard sawDigits else { return false }
    return isExponentThenEnd(b, from: i)
  }

  /// Whether `b` from `start` is an optional exponent (`[eE][-+]?[0-9]+`) and then its end.
  private static func isExponentThenEnd(_ b: [UInt8], from start: Int) -> Bool {
    var i = start
    let n = b.count
    func isDigit(_ j: Int) -> Bool { j < n && b[j] >= 48 && b[j] <= 57 }
    if i < n && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
      i += 1
      if i < n && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+")) { i += 1 }
      guard isDigit(i) else { return false }
      while isDigit(i) { i += 1 }
    }
    return i == n
  }

  /// `strconv.ParseInt(s, 0, 64)`; nil on a syntax error or overflow.
  static func goParseInt(_ b: [UInt8]) -> Int64? {
    guard let (value, overflow) = GoStrconvParsing.parseInt(String(decoding: b, as: UTF8.self), base: 0),
      !overflow
    else { return nil }
    return value
  }

  /// `strconv.ParseUint(s, 0, 64)` (no sign accepted); nil on a syntax error or overflow.
  static func goParseUint(_ b: [UInt8]) -> UInt64? {
    guard let (value, overflow) = GoStrconvParsing.parseUint(String(decoding: b, as: UTF8.self), base: 0),
      !overflow
    else { return nil }
    return value
  }

  /// Whether a base-60 float (`1:30`) — quoted on output by go-yaml for compatibility.
  static func isBase60Float(_ s: String) -> Bool {
    guard let c = s.utf8.first else { return false }
    guard c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || (c >= 48 && c <= 57) else { return false }
    guard s.utf8.contains(UInt8(ascii: ":")) else { return false }
    let b = Array(s.utf8)
    // ^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$
    var i = 0
    let n = b.count
    func isDigit(_ j: Int) -> Bool { j < n && b[j] >= 48 && b[j] <= 57 }
    if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
    guard isDigit(i) else { return false }
    i += 1
    while i < n && (isDigit(i) || b[i] == UInt8(ascii: "_")) { i += 1 }
    var groups = 0
    while i < n && b[i] == UInt8(ascii: ":") {
      i += 1
      // [0-5]?[0-9]
      if isDigit(i) && isDigit(i + 1) && b[i] <= UInt8(ascii: "5") {
        i += 2
      } else if isDigit(i) {
        i += 1
      } else {
        return false
      }
      groups += 1
    }
    guard groups > 0 else { return false }
    if i < n && b[i] == UInt8(ascii: ".") {
      i += 1
      while i < n && (isDigit(i) || b[i] == UInt8(ascii: "_")) { i += 1 }
    }
    return i == n
  }

  /// yaml.v3's `isOldBool`: YAML 1.1 booleans that v3 still quotes.
  static func isOldBool(_ s: String) -> Bool {
    switch s {
    case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "n", "N", "no", "No", "NO", "off", "Off", "OFF":
      return true
    default:
      return false
    }
  }
}
