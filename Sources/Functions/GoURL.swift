import GoLib

/// The subset of Go's `net/url` behind Sprig's `urlParse` and `urlJoin`: `url.Parse`
/// (scheme, opaque, authority, path, query, fragment, with Go's errors) and
/// `URL.String` with Go's escaping rules.
struct GoURL {
  var scheme = ""
  var opaque = ""
  var user: (name: String, password: String?)? = nil
  var host = ""
  var path = ""
  var omitHost = false
  var forceQuery = false
  var rawQuery = ""
  var fragment = ""

  struct ParseError: Error {
    let message: String
  }

  enum Mode { case path, host, zone, userPassword, queryComponent, fragment }

  /// `url.Parse`; the error text is Go's `parse "<url>": <reason>`.
  static func parse(_ raw: String) throws -> GoURL {
    let (u, frag) = cut(raw, "#")
    var url: GoURL
    do {
      url = try parseWithoutFragment(u)
    } catch let e as ParseError {
      throw ParseError(message: "parse \(GoStrconv.quote(u)): \(e.message)")
    }
    if let frag {
      do {
        url.fragment = try unescape(frag, .fragment)
      } catch let e as ParseError {
        throw ParseError(message: "parse \(GoStrconv.quote(raw)): \(e.message)")
      }
    }
    return url
  }

  private static func parseWithoutFragment(_ raw: String) throws -> GoURL {
    if raw.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
      throw ParseError(message: "net/url: invalid control character in URL")
    }
    var url = GoURL()
    if raw == "*" {
      url.path = "*"
      return url
    }
    var rest: String
    (url.scheme, rest) = try scheme(raw)
    url.scheme = url.scheme.lowercased()
    if rest.hasSuffix("?") && rest.utf8.filter({ $0 == UInt8(ascii: "?") }).count == 1 {
      url.forceQuery = true
      rest.removeLast()
    } else {
      let (before, query) = cut(rest, "?")
      rest = before
      url.rawQuery = query ?? ""
    }
    if !rest.hasPrefix("/") {
      if !url.scheme.isEmpty {
        url.opaque = rest
        return url
      }
      let (segment, _) = cut(rest, "/")
      if segment.contains(":") {
        throw ParseError(message: "first path segment in URL cannot contain colon")
      }
    }
    if (!url.scheme.isEmpty || !rest.hasPrefix("///")) && rest.hasPrefix("//") {
      var authority = String(rest.dropFirst(2))
      rest = ""
      if let slash = authority.firstIndex(of: "/") {
        rest = String(authority[slash...])
        authority = String(authority[..<slash])
      }
      try parseAuthority(authority, into: &url)
    } else if !url.scheme.isEmpty && rest.hasPrefix("/") {
      url.omitHost = true
    }
    url.path = try unescape(rest, .path)
    return url
  }

  private static func scheme(_ raw: String) throws -> (String, String) {
    let b = Array(raw.utf8)
    for (i, c) in b.enumerated() {
      switch c {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
        continue
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
        if i == 0 { return ("", raw) }
      case UInt8(ascii: ":"):
        if i == 0 { throw ParseError(message: "missing protocol scheme") }
        return (GoStrings.fromBytes(b[..<i]), GoStrings.fromBytes(b[(i + 1)...]))
      default:
        return ("", raw)
      }
    }
    return ("", raw)
  }

  private static func parseAuthority(_ authority: String, into url: inout GoURL) throws {
    let b = Array(authority.utf8)
    let at = b.lastIndex(of: UInt8(ascii: "@"))
    url.host = try parseHost(at.map { GoStrings.fromBytes(b[($0 + 1)...]) } ?? authority)
    guard let at else { return }
    let userinfo = GoStrings.fromBytes(b[..<at])
    if !validUserinfo(userinfo) { throw ParseError(message: "net/url: invalid userinfo") }
    let (name, password) = cut(userinfo, ":")
    url.user = (try unescape(name, .userPassword), try password.map { try unescape($0, .userPassword) })
  }

  private static func parseHost(_ host: String) throws -> String {
    let b = Array(host.utf8)
    if host.hasPrefix("[") {
      guard let close = b.lastIndex(of: UInt8(ascii: "]")) else {
        throw ParseError(message: "missing ']' in host")
      }
      let colonPort = GoStrings.fromBytes(b[(close + 1)...])
      if !validOptionalPort(colonPort) {
        throw ParseError(message: "invalid port \(GoStrconv.quote(colonPort)) after host")
      }
    } else if let colon = b.lastIndex(of: UInt8(ascii: ":")) {
      let colonPort = GoStrings.fromBytes(b[colon...])
      if !validOptionalPort(colonPort) {
        throw ParseError(message: "invalid port \(GoStrconv.quote(colonPort)) after host")
      }
    }
    return try unescape(host, .host)
  }

  static func validOptionalPort(_ port: String) -> Bool {
    if port.isEmpty { return true }
    let b = Array(port.utf8)
    if b[0] != UInt8(ascii: ":") { return false }
    return b.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  private static func validUserinfo(_ s: String) -> Bool {
    s.unicodeScalars.allSatisfy { r in
      if r.isASCII && (r.properties.isAlphabetic || ("0"..."9").contains(r)) { return true }
      return "-._:~!$&'()*+,;=%@".unicodeScalars.contains(r)
    }
  }

  /// The host without its port (and without IPv6 brackets).
  var hostname: String {
    var h = Array(host.utf8)[...]
    if let colon = h.lastIndex(of: UInt8(ascii: ":")),
      GoURL.validOptionalPort(GoStrings.fromBytes(h[colon...]))
    {
      h = h[..<colon]
    }
    if h.first == UInt8(ascii: "[") && h.last == UInt8(ascii: "]") { h = h.dropFirst().dropLast() }
    return GoStrings.fromBytes(h)
  }

  /// `Userinfo.String()`.
  var userinfoString: String {
    guard let user else { return "" }
    var s = GoURL.escape(user.name, .userPassword)
    if let p = user.password { s += ":" + GoURL.escape(p, .userPassword) }
    return s
  }

  /// `URL.String()`.
  var string: String {
    var out = ""
    if !scheme.isEmpty { out += scheme + ":" }
    if !opaque.isEmpty {
      out += opaque
    } else {
      if !scheme.isEmpty || !host.isEmpty || user != nil {
        if omitHost && host.isEmpty && user == nil {
          // empty host omitted
        } else {
          if !host.isEmpty || !path.isEmpty || user != nil { out += "//" }
          if user != nil { out += userinfoString + "@" }
          if !host.isEmpty { out += GoURL.escape(host, .host) }
        }
      }
      let p = path == "*" ? "*" : GoURL.escape(path, .path)
      if !p.isEmpty && !p.hasPrefix("/") && !host.isEmpty { out += "/" }
      if out.isEmpty {
        let (segment, _) = GoURL.cut(p, "/")
        if segment.contains(":") { out += "./" }
      }
      out += p
    }
    if forceQuery || !rawQuery.isEmpty { out += "?" + rawQuery }
    if !fragment.isEmpty { out += "#" + GoURL.escape(fragment, .fragment) }
    return out
  }

  static func shouldEscape(_ c: UInt8, _ mode: Mode) -> Bool {
    switch c {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      return false
    default: break
    }
    if mode == .host || mode == .zone {
      if Array("!$&'()*+,;=:[]<>\"".utf8).contains(c) { return false }
    }
    if Array("-_.~".utf8).contains(c) { return false }
    if Array("$&+,/:;=?@".utf8).contains(c) {
      switch mode {
      case .path: return c == UInt8(ascii: "?")
      case .userPassword: return Array("@/?:".utf8).contains(c)
      case .queryComponent: return true
      case .fragment: return false
      default: break
      }
    }
    if mode == .fragment && Array("!()*".utf8).contains(c) { return false }
    return true
  }

  static func escape(_ s: String, _ mode: Mode) -> String {
    var out: [UInt8] = []
    let hex = Array("0123456789ABCDEF".utf8)
    for c in s.utf8 {
      if shouldEscape(c, mode) {
        if c == UInt8(ascii: " ") && mode == .queryComponent {
          out.append(UInt8(ascii: "+"))
        } else {
          out += [UInt8(ascii: "%"), hex[Int(c >> 4)], hex[Int(c & 15)]]
        }
      } else {
        out.append(c)
      }
    }
    return GoStrings.fromBytes(out)
  }

  static func unescape(_ s: String, _ mode: Mode) throws -> String {
    let b = Array(s.utf8)
    var out: [UInt8] = []
    var i = 0
    while i < b.count {
      let c = b[i]
      if c == UInt8(ascii: "%") {
        guard i + 2 < b.count, let hi = hexValue(b[i + 1]), let lo = hexValue(b[i + 2]) else {
          let bad = GoStrings.fromBytes(b[i..<min(i + 3, b.count)])
          throw ParseError(message: "invalid URL escape \(GoStrconv.quote(bad))")
        }
        if mode == .host && hi < 8 && GoStrings.fromBytes(b[i..<(i + 3)]) != "%25" {
          throw ParseError(
            message: "invalid URL escape \(GoStrconv.quote(GoStrings.fromBytes(b[i..<(i + 3)])))")
        }
        out.append(hi << 4 | lo)
        i += 3
      } else {
        if (mode == .host || mode == .zone) && c < 0x80 && shouldEscape(c, mode) {
          throw ParseError(
            message: "invalid character \(GoStrconv.quote(String(Unicode.Scalar(c)))) in host name")
        }
        out.append(c == UInt8(ascii: "+") && mode == .queryComponent ? UInt8(ascii: " ") : c)
        i += 1
      }
    }
    return GoStrings.fromBytes(out)
  }

  private static func hexValue(_ c: UInt8) -> UInt8? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
    default: return nil
    }
  }

  /// `strings.Cut`: the text before the first `sep` and the text after it (nil if absent).
  static func cut(_ s: String, _ sep: Character) -> (String, String?) {
    guard let i = s.firstIndex(of: sep) else { return (s, nil) }
    return (String(s[..<i]), String(s[s.index(after: i)...]))
  }
}
