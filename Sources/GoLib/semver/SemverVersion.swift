import Values

/// A Masterminds/semver v3.5.0 `Version` (`*semver.Version` when `isPointer`, the
/// `semver.Version` value the `Inc*`/`Set*` methods return otherwise).
///
/// Parsing is the library's default `NewVersion` (coercing): the loose
/// `v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-pre)?(+meta)?` form, segments as uint64, numeric
/// prerelease identifiers without leading zeros.
public struct SemverVersion: Sendable, Equatable {
  public var major: UInt64
  public var minor: UInt64
  public var patch: UInt64
  public var prerelease: String
  public var metadata: String
  public var original: String
  public var isPointer: Bool

  public init(
    major: UInt64, minor: UInt64, patch: UInt64, prerelease: String = "", metadata: String = "",
    original: String, isPointer: Bool = true
  ) {
    self.major = major
    self.minor = minor
    self.patch = patch
    self.prerelease = prerelease
    self.metadata = metadata
    self.original = original
    self.isPointer = isPointer
  }

  /// Errors of `NewVersion`, with the library's texts.
  public enum ParseError: Error, Equatable {
    case invalid
    case segmentOutOfRange(String)
    case segmentStartsWithZero
    case invalidPrerelease
    case invalidMetadata

    public var message: String {
      switch self {
      case .invalid: return "invalid semantic version"
      case .segmentOutOfRange(let digits):
        return "error parsing version segment: strconv.ParseUint: parsing \"\(digits)\": value out of range"
      case .segmentStartsWithZero: return "version segment starts with 0"
      case .invalidPrerelease: return "invalid prerelease string"
      case .invalidMetadata: return "invalid metadata string"
      }
    }
  }

  /// `semver.NewVersion(text)`.
  public static func parse(_ text: String) throws(ParseError) -> SemverVersion {
    let b = Array(text.utf8)
    var i = 0
    func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    func isIdent(_ c: UInt8) -> Bool {
      isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 45
    }
    func digits() -> String? {
      let start = i
      while i < b.count, isDigit(b[i]) { i += 1 }
      return i > start ? String(decoding: b[start..<i], as: UTF8.self) : nil
    }
    /// `[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*`
    func identifiers() -> String? {
      let start = i
      while true {
        let partStart = i
        while i < b.count, isIdent(b[i]) { i += 1 }
        if i == partStart { return nil }
        if i + 1 < b.count, b[i] == 46, isIdent(b[i + 1]) {
          i += 1
          continue
        }
        break
      }
      return String(decoding: b[start..<i], as: UTF8.self)
    }
    if i < b.count, b[i] == UInt8(ascii: "v") { i += 1 }
    /// The part after `separator` (`.`, `-`, `+`) when the separator comes next: nil when it
    /// does not, invalid when `read` finds nothing after it.
    func part(after separator: UInt8, _ read: () -> String?) throws(ParseError) -> String? {
      guard i < b.count, b[i] == separator else { return nil }
      i += 1
      guard let text = read() else { throw .invalid }
      return text
    }
    guard let majorText = digits() else { throw .invalid }
    let minorText = try part(after: 46, digits)
    var patchText: String?
    if minorText != nil { patchText = try part(after: 46, digits) }
    let pre = try part(after: 45, identifiers) ?? ""
    let meta = try part(after: 43, identifiers) ?? ""
    guard i == b.count else { throw .invalid }
    func number(_ s: String) throws(ParseError) -> UInt64 {
      guard let v = UInt64(s) else { throw .segmentOutOfRange(s) }
      return v
    }
    let major = try number(majorText)
    let minor = try minorText.map { (s: String) throws(ParseError) -> UInt64 in try number(s) } ?? 0
    let patch = try patchText.map { (s: String) throws(ParseError) -> UInt64 in try number(s) } ?? 0
    if !pre.isEmpty { try validatePrerelease(pre) }
    return SemverVersion(
      major: major, minor: minor, patch: patch, prerelease: pre, metadata: meta, original: text)
  }

  public static func validatePrerelease(_ pre: String) throws(ParseError) {
    for part in pre.split(separator: ".", omittingEmptySubsequences: false) {
      if part.isEmpty { throw .invalidPrerelease }
      if part.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
        if part.utf8.count > 1 && part.utf8.first == 48 { throw .segmentStartsWithZero }
      } else if !part.utf8.allSatisfy(isIdentByte) {
        throw .invalidPrerelease
      }
    }
  }

  public static func validateMetadata(_ meta: String) throws(ParseError) {
    for part in meta.split(separator: ".", omittingEmptySubsequences: false) {
      if part.isEmpty || !part.utf8.allSatisfy(isIdentByte) { throw .invalidMetadata }
    }
  }

  static func isIdentByte(_ c: UInt8) -> Bool {
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 45
  }

  /// `Version.String()`: no `v`, prerelease and metadata kept.
  public var string: String {
    var s = "\(major).\(minor).\(patch)"
    if !prerelease.isEmpty { s += "-" + prerelease }
    if !metadata.isEmpty { s += "+" + metadata }
    return s
  }

  /// `Version.Compare`: -1, 0 or 1; metadata ignored.
  public func compare(_ o: SemverVersion) -> Int {
    if major != o.major { return major < o.major ? -1 : 1 }
    if minor != o.minor { return minor < o.minor ? -1 : 1 }
    if patch != o.patch { return patch < o.patch ? -1 : 1 }
    if prerelease.isEmpty && o.prerelease.isEmpty { return 0 }
    if prerelease.isEmpty { return 1 }
    if o.prerelease.isEmpty { return -1 }
    return Self.comparePrerelease(prerelease, o.prerelease)
  }

  static func comparePrerelease(_ v: String, _ o: String) -> Int {
    let s = v.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    let t = o.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    for k in 0..<max(s.count, t.count) {
      let a = k < s.count ? s[k] : ""
      let b = k < t.count ? t[k] : ""
      let d = comparePrePart(a, b)
      if d != 0 { return d }
    }
    return 0
  }

  static func comparePrePart(_ s: String, _ o: String) -> Int {
    if s == o { return 0 }
    // A missing identifier ranks lower (v3.5.0 follows the spec here).
    if o.isEmpty { return 1 }
    if s.isEmpty { return -1 }
    let oi = UInt64(o)
    let si = UInt64(s)
    switch (si, oi) {
    case (nil, nil): return goStringLess(o, s) ? 1 : -1
    case (_, nil): return -1
    case (nil, _): return 1
    case (let a?, let b?): return a > b ? 1 : -1
    }
  }

  public var originalVPrefix: String { original.hasPrefix("v") ? "v" : "" }

  public func incremented(major incMajor: Bool, minor incMinor: Bool) -> SemverVersion {
    var next = self
    next.isPointer = false
    next.metadata = ""
    if incMajor {
      next.prerelease = ""
      next.major = major &+ 1
      next.minor = 0
      next.patch = 0
    } else if incMinor {
      next.prerelease = ""
      next.minor = minor &+ 1
      next.patch = 0
    } else if prerelease.isEmpty {
      next.patch = patch &+ 1
    } else {
      next.prerelease = ""
    }
    next.original = originalVPrefix + next.string
    return next
  }
}

extension SemverVersion: GoJSONEncodable {
  /// `Version.MarshalJSON`: the `String()` form as a JSON string.
  public func goJSONValue() throws -> Value { .string(string) }
  public var jsonValue: Value { .string(string) }
}
