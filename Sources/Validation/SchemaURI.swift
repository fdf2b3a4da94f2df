import Foundation

/// RFC 3986 URI references, enough to resolve `$id` and `$ref` against a base URI.
struct SchemaURI: Sendable, Hashable {
  var scheme: String?
  var authority: String?
  var path: String
  var query: String?
  var fragment: String?
}

extension SchemaURI {
  /// Splits a URI reference into its five components (RFC 3986 appendix B).
  init(parsing text: String) {
    // The delimiters are ASCII: found among the UTF-8 bytes (never inside a multi-byte
    // character), without walking the text by Character.
    var rest = Substring(text)
    let fragment = Self.cut(&rest, after: UInt8(ascii: "#"))
    let query = Self.cut(&rest, after: UInt8(ascii: "?"))
    let scheme: String?
    if let colon = rest.utf8.firstIndex(of: UInt8(ascii: ":")),
      !rest[..<colon].isEmpty, !rest[..<colon].utf8.contains(UInt8(ascii: "/")),
      Self.startsWithLetter(rest[..<colon])
    {
      scheme = String(rest[..<colon])
      rest = rest[rest.utf8.index(after: colon)...]
    } else {
      scheme = nil
    }
    var authority: String? = nil
    if rest.utf8.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]) {
      rest = rest[rest.utf8.index(rest.startIndex, offsetBy: 2)...]
      let end = rest.utf8.firstIndex(of: UInt8(ascii: "/")) ?? rest.endIndex
      authority = String(rest[..<end])
      rest = rest[end...]
    }
    self.init(scheme: scheme, authority: authority, path: String(rest), query: query, fragment: fragment)
  }

  /// Takes what follows the first `separator` off the end of `rest` (nil when none).
  private static func cut(_ rest: inout Substring, after separator: UInt8) -> String? {
    guard let at = rest.utf8.firstIndex(of: separator) else { return nil }
    let tail = String(rest[rest.utf8.index(after: at)...])
    rest = rest[..<at]
    return tail
  }

  /// Whether `s` begins with a letter (an ASCII one read from its byte, any other as a
  /// Character).
  private static func startsWithLetter(_ s: Substring) -> Bool {
    guard let b = s.utf8.first else { return false }
    if b < 0x80 { return (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
    return s.first?.isLetter == true
  }

  var text: String {
    var out = ""
    if let scheme { out += scheme + ":" }
    if let authority { out += "//" + authority }
    out += path
    if let query { out += "?" + query }
    if let fragment { out += "#" + fragment }
    return out
  }

  /// The URI without its fragment.
  var withoutFragment: SchemaURI {
    var copy = self
    copy.fragment = nil
    return copy
  }

  /// Resolves `reference` against this base (RFC 3986 §5.2.2).
  func resolving(_ reference: String) -> SchemaURI {
    let r = SchemaURI(parsing: reference)
    var t = SchemaURI(scheme: nil, authority: nil, path: "", query: nil, fragment: r.fragment)
    if let rs = r.scheme {
      t.scheme = rs
      t.authority = r.authority
      t.path = Self.removeDots(r.path)
      t.query = r.query
    } else {
      if r.authority != nil {
        t.authority = r.authority
        t.path = Self.removeDots(r.path)
        t.query = r.query
      } else {
        if r.path.isEmpty {
          t.path = path
          t.query = r.query ?? query
        } else {
          if r.path.hasPrefix("/") {
            t.path = Self.removeDots(r.path)
          } else {
            t.path = Self.removeDots(merge(r.path))
          }
          t.query = r.query
        }
        t.authority = authority
      }
      t.scheme = scheme
    }
    return t
  }

  private func merge(_ relative: String) -> String {
    if authority != nil, path.isEmpty { return "/" + relative }
    if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) { return String(path[...slash]) + relative }
    return relative
  }

  static func removeDots(_ input: String) -> String {
    guard input.utf8.contains(UInt8(ascii: ".")) else { return input }
    var output: [Substring] = []
    let absolute = input.hasPrefix("/")
    let segments = input.split(separator: "/", omittingEmptySubsequences: false)
    for (i, seg) in segments.enumerated() {
      if i == 0 && absolute { continue }
      if seg == "." {
        if i == segments.count - 1 { output.append("") }
        continue
      }
      if seg == ".." {
        if !output.isEmpty { output.removeLast() }
        if i == segments.count - 1 { output.append("") }
        continue
      }
      output.append(seg)
    }
    return (absolute ? "/" : "") + output.joined(separator: "/")
  }
}

/// JSON Pointer (RFC 6901) helpers.
enum JSONPointer {
  /// Escapes one reference token.
  static func escape(_ token: String) -> String {
    // over the contiguous bytes: the UTF-8 view's iterator cost ~20 instructions a byte
    var contiguous = token
    let plain = contiguous.withUTF8 { !$0.contains { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") } }
    if plain { return token }
    var out: [UInt8] = []
    out.reserveCapacity(token.utf8.count + 2)
    for b in token.utf8 {
      switch b {
      case UInt8(ascii: "~"): out += [UInt8(ascii: "~"), UInt8(ascii: "0")]
      case UInt8(ascii: "/"): out += [UInt8(ascii: "~"), UInt8(ascii: "1")]
      default: out.append(b)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Splits a pointer into unescaped tokens (`~1` is `/`, then `~0` is `~`); nil if not a
  /// pointer. Byte by byte: `/` and `~` never occur inside a multi-byte UTF-8 sequence.
  static func tokens(_ pointer: String) -> [String]? {
    if pointer.isEmpty { return [] }
    var text = pointer
    return text.withUTF8 { bytes -> [String]? in
      guard bytes.first == UInt8(ascii: "/") else { return nil }
      var tokens: [String] = []
      var start = 1
      for i in 1...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: "/") {
        tokens.append(unescape(UnsafeBufferPointer(rebasing: bytes[start..<i])))
        start = i + 1
      }
      return tokens
    }
  }

  private static func unescape(_ token: UnsafeBufferPointer<UInt8>) -> String {
    guard token.contains(UInt8(ascii: "~")) else { return String(decoding: token, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(token.count)
    var i = 0
    while i < token.count {
      let b = token[i]
      if b == UInt8(ascii: "~"), i + 1 < token.count {
        if token[i + 1] == UInt8(ascii: "1") {
          out.append(UInt8(ascii: "/"))
          i += 2
          continue
        }
        if token[i + 1] == UInt8(ascii: "0") {
          out.append(UInt8(ascii: "~"))
          i += 2
          continue
        }
      }
      out.append(b)
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Percent-decodes a URI fragment.
  static func percentDecoded(_ s: String) -> String {
    guard s.utf8.contains(UInt8(ascii: "%")) else { return s }
    var bytes: [UInt8] = []
    var it = Array(s.utf8)[...]
    while let c = it.first {
      it = it.dropFirst()
      if c == UInt8(ascii: "%"), it.count >= 2,
        let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16)
      {
        bytes.append(v)
        it = it.dropFirst(2)
      } else {
        bytes.append(c)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Builds a pointer from tokens.
  static func pointer(_ tokens: [String]) -> String {
    // appended, not `joined()`: the standard library's joining is generic code whose first
    // run has the runtime scan the conformance table (0.3 M instructions)
    var pointer = ""
    for token in tokens {
      pointer.append("/")
      pointer.append(escape(token))
    }
    return pointer
  }
}
