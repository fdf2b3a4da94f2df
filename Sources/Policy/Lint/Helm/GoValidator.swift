import Foundation

/// The checks of github.com/asaskevich/govalidator that Helm's Chart.yaml lint uses
/// (`IsRequestURL`, `IsURL`, `IsEmail`), with Go's `net/url` parsing rules they rest on.
enum GoValidator {
  /// `url.ParseRequestURI` succeeds and the URL has a scheme.
  static func isRequestURL(_ raw: String) -> Bool {
    guard let parts = requestURI(raw) else { return false }
    return !parts.scheme.isEmpty
  }

  /// govalidator's `IsURL`: a loose URL, scheme optional.
  static func isURL(_ raw: String) -> Bool {
    if raw.isEmpty || raw.unicodeScalars.count >= 2083 || raw.utf8.count <= 3 || raw.hasPrefix(".") {
      return false
    }
    var probe = raw
    if raw.contains(":") && !raw.contains("://") { probe = "http://" + raw }
    guard let parsed = parse(probe, viaRequest: false) else { return false }
    if parsed.host.hasPrefix(".") { return false }
    if parsed.host.isEmpty && !parsed.path.isEmpty && !parsed.path.contains(".") { return false }
    return matches(urlPattern, raw)
  }

  /// govalidator's `IsEmail` (its `rxEmail`, ASCII part).
  static func isEmail(_ raw: String) -> Bool { matches(emailPattern, raw) }

  private static func matches(_ pattern: NSRegularExpression, _ text: String) -> Bool {
    let range = NSRange(text.startIndex..., in: text)
    guard let m = pattern.firstMatch(in: text, range: range) else { return false }
    return m.range == range
  }

  private static let atom = "[a-zA-Z0-9!#$%&'*+\\-/=?^_`{|}~\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF]"
  private static let label = "[a-zA-Z0-9\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF]"
  private static let labelInner = "[a-zA-Z0-9\\-._~\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF]"
  private static let letter = "[a-zA-Z\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF]"
  private static let emailPattern = try! NSRegularExpression(
    pattern:
      "^(\(atom)+(\\.\(atom)+)*|\"[^\"]*\")@((\(label)|\(label)\(labelInner)*\(label))\\.)+(\(letter)|\(letter)\(labelInner)*\(letter))\\.?$"
  )
  private static let urlPattern = try! NSRegularExpression(
    pattern:
      "^((ftp|tcp|udp|wss?|https?)://)?(\\S+(:\\S*)?@)?(((\\d{1,3})(\\.\\d{1,3}){3}|\\[[0-9a-fA-F:.]+\\]|(([a-zA-Z0-9]([a-zA-Z0-9\\-_]+)?[a-zA-Z0-9]([\\-.][a-zA-Z0-9]+)*)|(((www\\.)|([a-zA-Z0-9]+([\\-_.]?[a-zA-Z0-9])*[a-zA-Z0-9]\\.[a-zA-Z0-9]+))?))?(([a-zA-Z\\u00a1-\\uffff0-9]+-?-?)*[a-zA-Z\\u00a1-\\uffff0-9]+)(?:\\.([a-zA-Z\\u00a1-\\uffff]{1,}))?))\\.?(:(\\d{1,5}))?((/|\\?|#)[^\\s]*)?$"
  )

  struct URLParts {
    var scheme = ""
    var host = ""
    var path = ""
  }

  private static func requestURI(_ raw: String) -> URLParts? { parse(raw, viaRequest: true) }

  /// The parts of Go's `url.Parse` (`viaRequest`: `ParseRequestURI`) that decide success.
  static func parse(_ raw: String, viaRequest: Bool) -> URLParts? {
    if raw.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return nil }
    var rest = Substring(raw)
    if !viaRequest, let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
    if viaRequest && rest.isEmpty { return nil }
    var parts = URLParts()
    // Go's getScheme: letters, then letters, digits, `+-.` up to a colon
    schemeScan: for (offset, c) in rest.unicodeScalars.enumerated() {
      if isLetter(c) { continue }
      if isDigit(c) || c == "+" || c == "-" || c == "." {
        if offset == 0 { break schemeScan }
        continue
      }
      if c == ":" {
        if offset == 0 { return nil }  // missing protocol scheme
        let colon = rest.unicodeScalars.index(rest.unicodeScalars.startIndex, offsetBy: offset)
        parts.scheme = String(rest[..<colon]).lowercased()
        rest = rest[rest.index(after: colon)...]
      }
      break schemeScan
    }
    if let q = rest.firstIndex(of: "?") { rest = rest[..<q] }
    if !rest.hasPrefix("/") {
      // with a scheme, a rootless rest is an opaque URL (`mailto:x`, `https:`)
      if !parts.scheme.isEmpty { return parts }
      if viaRequest { return nil }
      if parts.scheme.isEmpty {
        // a relative path: its first segment may not hold a colon
        if let slash = rest.firstIndex(of: "/") {
          if rest[..<slash].contains(":") { return nil }
        } else if rest.contains(":") {
          return nil
        }
      }
      parts.path = String(rest)
      return parts
    }
    if (!parts.scheme.isEmpty || !viaRequest) && rest.hasPrefix("//") {
      var authority = rest.dropFirst(2)
      let end = authority.firstIndex(of: "/") ?? authority.endIndex
      parts.path = String(authority[end...])
      authority = authority[..<end]
      if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
      guard validHost(authority) else { return nil }
      parts.host = String(authority)
    } else {
      parts.path = String(rest)
    }
    return parts
  }

  private static func isLetter(_ s: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(s) || ("A"..."Z").contains(s)
  }
  private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

  /// Go's host check: characters a host may hold, and a numeric port after the last colon.
  private static func validHost(_ host: Substring) -> Bool {
    var name = host
    if name.hasPrefix("[") {
      guard let close = name.firstIndex(of: "]") else { return false }
      let after = name[name.index(after: close)...]
      if !after.isEmpty
        && !(after.hasPrefix(":") && after.dropFirst().allSatisfy(\.isASCII)
          && after.dropFirst().allSatisfy(\.isNumber))
      {
        return false
      }
      return true
    }
    if let colon = name.lastIndex(of: ":") {
      let port = name[name.index(after: colon)...]
      if !port.allSatisfy({ $0.isASCII && $0.isNumber }) { return false }
      name = name[..<colon]
    }
    let allowed = Set("-_.~!$&'()*+,;=:[]<>\"%".unicodeScalars)
    return name.unicodeScalars.allSatisfy { s in
      isLetter(s) || isDigit(s) || allowed.contains(s) || s.value >= 0x80
    }
  }
}
