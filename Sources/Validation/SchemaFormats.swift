#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `format` checks for strings. Unknown formats always pass.
enum SchemaFormats {
  /// nil when `s` is a valid `format`, else the reason (`""` when none is given),
  /// worded as santhosh-tekuri/jsonschema v6 words the common ones.
  static func failure(_ s: String, format: String) -> String? {
    if isValid(s, format: format) { return nil }
    switch format {
    case "email", "idn-email": return s.contains("@") ? "" : "missing @"
    case "date":
      let parts = s.split(separator: "-", omittingEmptySubsequences: false)
      if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
        let m = Int(parts[1]), let d = Int(parts[2])
      {
        if !(1...12).contains(m) { return "parsing time \(jsonQuoted(s)): month out of range" }
        if d < 1 || d > 28 { return "parsing time \(jsonQuoted(s)): day out of range" }
      }
      return ""
    case "ipv4":
      return s.split(separator: ".", omittingEmptySubsequences: false).count != 4
        ? "expected four decimals" : ""
    case "uri", "iri": return SchemaURI(parsing: s).scheme == nil ? "relative url" : ""
    case "date-time": return s.count < 20 ? "less than 20 characters long" : ""
    case "hostname": return hostnameFailure(s) ?? ""
    case "idn-hostname": return hostnameFailure(s, unicode: true) ?? ""
    default: return ""
    }
  }

  static func isValid(_ s: String, format: String) -> Bool {
    switch format {
    case "date-time": return isDateTime(s)
    case "date": return isDate(s)
    case "time": return isTime(s)
    case "email": return isEmail(s)
    case "idn-email": return isEmail(s, unicode: true)
    case "hostname": return isHostname(s)
    case "idn-hostname": return hostnameFailure(s, unicode: true) == nil
    case "ipv4": return isIPv4(s)
    case "ipv6": return isIPv6(s)
    case "uri", "iri": return isURI(s, requireScheme: true)
    case "uri-reference", "iri-reference": return isURI(s, requireScheme: false)
    case "uuid": return isUUID(s)
    case "regex": return SchemaRegex(s) != nil
    case "duration": return isDuration(s)
    case "json-pointer": return isJSONPointer(s)
    case "relative-json-pointer": return isRelativeJSONPointer(s)
    default: return true
    }
  }

  private static func digits(_ s: Substring, _ count: Int) -> Int? {
    guard s.count == count, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(s)
  }

  static func isDate(_ s: String) -> Bool {
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, let y = digits(parts[0], 4), let m = digits(parts[1], 2),
      let d = digits(parts[2], 2)
    else { return false }
    guard (1...12).contains(m), d >= 1 else { return false }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return d <= days[m - 1]
  }

  static func isTime(_ s: String) -> Bool {
    let chars = Array(s)
    guard chars.count >= 9 else { return false }
    let hms = String(chars[0..<8])
    let parts = hms.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 3, let h = digits(parts[0], 2), let m = digits(parts[1], 2),
      let sec = digits(parts[2], 2),
      h < 24, m < 60, sec <= 60
    else { return false }
    var rest = chars[8...]
    if rest.first == "." {
      rest = rest.dropFirst()
      let frac = rest.prefix { $0.isASCII && $0.isNumber }
      guard !frac.isEmpty else { return false }
      rest = rest.dropFirst(frac.count)
    }
    var offsetMinutes = 0
    if rest.count == 1, rest.first == "Z" || rest.first == "z" {
      offsetMinutes = 0
    } else if rest.count == 6, rest.first == "+" || rest.first == "-" {
      let off = String(rest.dropFirst()).split(separator: ":", omittingEmptySubsequences: false)
      guard off.count == 2, let oh = digits(off[0], 2), let om = digits(off[1], 2), oh < 24, om < 60 else {
        return false
      }
      offsetMinutes = (oh * 60 + om) * (rest.first == "+" ? 1 : -1)
    } else {
      return false
    }
    if sec == 60 {
      // leap second: only at 23:59:60 UTC
      let utc = ((h * 60 + m - offsetMinutes) % 1440 + 1440) % 1440
      return utc == 23 * 60 + 59
    }
    return true
  }

  static func isDateTime(_ s: String) -> Bool {
    guard let t = s.firstIndex(where: { $0 == "T" || $0 == "t" }) else { return false }
    return isDate(String(s[..<t])) && isTime(String(s[s.index(after: t)...]))
  }

  static func isEmail(_ s: String, unicode: Bool = false) -> Bool {
    guard let at = s.lastIndex(of: "@") else { return false }
    let local = s[..<at]
    let domain = s[s.index(after: at)...]
    guard !local.isEmpty, !domain.isEmpty, !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..")
    else { return false }
    if domain.hasPrefix("[") && domain.hasSuffix("]") {
      let inner = String(domain.dropFirst().dropLast())
      if inner.hasPrefix("IPv6:") { return isIPv6(String(inner.dropFirst(5))) }
      return isIPv4(inner)
    }
    return hostnameFailure(String(domain), unicode: unicode) == nil
  }

  /// jsonschema v6's hostname check (RFC 1123 labels, ASCII only, one trailing dot allowed);
  /// nil when valid, else the reason.
  static func hostnameFailure(_ s: String, unicode: Bool = false) -> String? {
    let host = s.hasSuffix(".") ? String(s.dropLast()) : s
    if host.utf8.count > 253 { return "more than 253 characters long" }
    for label in host.split(separator: ".", omittingEmptySubsequences: false) {
      if label.utf8.isEmpty || label.utf8.count > 63 { return "label must be 1 to 63 characters long" }
      if label.hasPrefix("-") { return "label starts with hyphen" }
      if label.hasSuffix("-") { return "label ends with hyphen" }
      for c in label.unicodeScalars where !(unicode && !c.isASCII) {
        guard (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-" else {
          return "invalid character '\(c)'"
        }
      }
    }
    return nil
  }

  static func isHostname(_ s: String) -> Bool { hostnameFailure(s) == nil }

  static func isIPv4(_ s: String) -> Bool {
    let parts = s.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4 else { return false }
    for p in parts {
      guard !p.isEmpty, p.count <= 3, p.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(p), v <= 255
      else {
        return false
      }
      if p.count > 1, p.hasPrefix("0") { return false }
    }
    return true
  }

  static func isIPv6(_ s: String) -> Bool {
    guard !s.contains("%"), s.allSatisfy({ $0.isASCII }) else { return false }
    var addr = in6_addr()
    return inet_pton(AF_INET6, s, &addr) == 1
  }

  static func isUUID(_ s: String) -> Bool {
    let groups = s.split(separator: "-", omittingEmptySubsequences: false)
    guard groups.map(\.count) == [8, 4, 4, 4, 12] else { return false }
    return groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
  }

  static func isURI(_ s: String, requireScheme: Bool) -> Bool {
    for c in s.unicodeScalars {
      if c.value <= 0x20 || "\"<>\\^`{|}".unicodeScalars.contains(c) { return false }
    }
    // percent escapes must be complete
    let u = Array(s.utf8)
    var i = 0
    while i < u.count {
      if u[i] == UInt8(ascii: "%") {
        guard i + 2 < u.count, Character(Unicode.Scalar(u[i + 1])).isHexDigit,
          Character(Unicode.Scalar(u[i + 2])).isHexDigit
        else { return false }
        i += 3
      } else {
        i += 1
      }
    }
    let uri = SchemaURI(parsing: s)
    if requireScheme {
      guard let scheme = uri.scheme, scheme.first?.isLetter == true,
        scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
      else { return false }
    }
    if let a = uri.authority, a.contains("[") || a.contains("]") {
      guard let open = a.firstIndex(of: "["), let close = a.firstIndex(of: "]"), open < close else {
        return false
      }
    }
    if uri.fragment?.contains("#") == true { return false }
    return true
  }

  static func isDuration(_ s: String) -> Bool {
    var chars = Substring(s)
    guard chars.first == "P" else { return false }
    chars = chars.dropFirst()
    guard !chars.isEmpty else { return false }
    var inTime = false
    var seenAny = false
    var order = "YMWD"
    var timeOrder = "HMS"
    var weeks = false
    var others = false
    while !chars.isEmpty {
      if chars.first == "T" {
        guard !inTime else { return false }
        inTime = true
        chars = chars.dropFirst()
        guard !chars.isEmpty else { return false }
        continue
      }
      let num = chars.prefix { $0.isASCII && $0.isNumber }
      guard !num.isEmpty else { return false }
      chars = chars.dropFirst(num.count)
      guard let unit = chars.first else { return false }
      chars = chars.dropFirst()
      if inTime {
        guard let idx = timeOrder.firstIndex(of: unit) else { return false }
        timeOrder = String(timeOrder[timeOrder.index(after: idx)...])
        others = true
      } else {
        guard let idx = order.firstIndex(of: unit) else { return false }
        order = String(order[order.index(after: idx)...])
        if unit == "W" { weeks = true } else { others = true }
      }
      seenAny = true
    }
    if weeks && others { return false }
    return seenAny
  }

  static func isJSONPointer(_ s: String) -> Bool {
    if s.isEmpty { return true }
    guard s.hasPrefix("/") else { return false }
    let c = Array(s)
    for i in c.indices where c[i] == "~" {
      guard i + 1 < c.count, c[i + 1] == "0" || c[i + 1] == "1" else { return false }
    }
    return true
  }

  static func isRelativeJSONPointer(_ s: String) -> Bool {
    let num = s.prefix { $0.isASCII && $0.isNumber }
    guard !num.isEmpty, num == "0" || !num.hasPrefix("0") else { return false }
    let rest = String(s.dropFirst(num.count))
    return rest == "#" || isJSONPointer(rest)
  }
}
