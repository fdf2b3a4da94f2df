import Values

/// A tiny evaluator for the template subset the fmt/JSON oracle cases use:
/// `{{ fn args... }}` actions with literal, `.Values.x`, `nil` and parenthesised-call operands,
/// and a handful of functions whose printing is pure `fmt`/`encoding/json`.
/// Anything else is reported as unsupported, so a case is skipped rather than guessed.
struct TemplateSubset {
  struct Unsupported: Error { let reason: String }
  struct CallError: Error { let function: String; let message: String }

  let values: Value

  /// Renders `template`; `<no value>` is stripped as Helm does.
  func render(_ template: String) throws -> String {
    var out = ""
    var rest = Substring(template)
    while let open = rest.range(of: "{{") {
      out += rest[..<open.lowerBound]
      // The action ends at the first `}}` outside a quoted string.
      var j = open.upperBound
      var inString = false
      var closeRange: Range<Substring.Index>?
      while j < rest.endIndex {
        let c = rest[j]
        if inString {
          if c == "\\" { j = rest.index(after: j) } else if c == "\"" { inString = false }
        } else if c == "\"" {
          inString = true
        } else if c == "}", rest.index(after: j) < rest.endIndex, rest[rest.index(after: j)] == "}" {
          closeRange = j..<rest.index(j, offsetBy: 2)
          break
        }
        j = rest.index(after: j)
      }
      guard let close = closeRange else { throw Unsupported(reason: "unclosed action") }
      let action = rest[open.upperBound..<close.lowerBound]
      rest = rest[close.upperBound...]
      var lexer = Lexer(Array(action.utf8))
      let tokens = try lexer.tokens()
      var parser = Parser(tokens: tokens)
      var v = try eval(try parser.command())
      while !parser.atEnd {
        guard parser.tokens[parser.k] == .ident("|") else { throw Unsupported(reason: "pipeline") }
        parser.k += 1
        guard case .call(let name, let args) = try parser.command() else { throw Unsupported(reason: "pipe") }
        v = try eval(.call(name, args + [.literal(v)]))
      }
      if case .null = v { out += "<no value>" } else { out += GoFormatter.formatV(v) }
    }
    out += rest
    return out.replacingAll("<no value>", with: "")  // Helm strips it from the whole output.
  }

  // MARK: Syntax

  enum Token: Equatable {
    case string(String), int(Int), float(Double), ident(String), field([String]), open, close
  }

  indirect enum Node {
    case literal(Value)
    case field([String])
    case call(String, [Node])
  }

  struct Lexer {
    let s: [UInt8]
    var i = 0
    init(_ s: [UInt8]) { self.s = s }

    mutating func tokens() throws -> [Token] {
      var out: [Token] = []
      while true {
        while i < s.count && (s[i] == 32 || s[i] == 9 || s[i] == 10) { i += 1 }
        guard i < s.count else { return out }
        let c = s[i]
        switch c {
        case UInt8(ascii: "("): out.append(.open); i += 1
        case UInt8(ascii: ")"): out.append(.close); i += 1
        case UInt8(ascii: "\""): out.append(.string(try quoted()))
        case UInt8(ascii: "`"):
          i += 1
          let start = i
          while i < s.count && s[i] != UInt8(ascii: "`") { i += 1 }
          out.append(.string(String(decoding: s[start..<i], as: UTF8.self)))
          i += 1
        case UInt8(ascii: "'"):
          i += 1
          let start = i
          while i < s.count && s[i] != UInt8(ascii: "'") { i += 1 }
          let text = String(decoding: s[start..<i], as: UTF8.self)
          i += 1
          guard text.unicodeScalars.count == 1, let u = text.unicodeScalars.first else {
            throw Unsupported(reason: "char literal")
          }
          out.append(.int(Int(u.value)))
        case UInt8(ascii: "."):
          i += 1
          var parts: [String] = []
          var start = i
          while i < s.count, s[i] != 32, s[i] != UInt8(ascii: ")") {
            if s[i] == UInt8(ascii: ".") {
              parts.append(String(decoding: s[start..<i], as: UTF8.self))
              start = i + 1
            }
            i += 1
          }
          parts.append(String(decoding: s[start..<i], as: UTF8.self))
          out.append(.field(parts.filter { !$0.isEmpty }))
        case UInt8(ascii: "-"), UInt8(ascii: "+"), 48...57:
          let start = i
          i += 1
          while i < s.count, s[i] != 32, s[i] != UInt8(ascii: ")") { i += 1 }
          let text = String(decoding: s[start..<i], as: UTF8.self).replacingAll("_", with: "")
          out.append(try number(text))
        default:
          let start = i
          while i < s.count, s[i] != 32, s[i] != UInt8(ascii: ")"), s[i] != UInt8(ascii: "(") { i += 1 }
          out.append(.ident(String(decoding: s[start..<i], as: UTF8.self)))
        }
      }
    }

    private func number(_ text: String) throws -> Token {
      var body = Substring(text)
      var neg = false
      if body.hasPrefix("-") {
        neg = true; body = body.dropFirst()
      } else if body.hasPrefix("+") {
        body = body.dropFirst()
      }
      var radix = 10
      if body.hasPrefix("0x") || body.hasPrefix("0X") {
        radix = 16; body = body.dropFirst(2)
      } else if body.hasPrefix("0o") || body.hasPrefix("0O") {
        radix = 8; body = body.dropFirst(2)
      } else if body.hasPrefix("0b") || body.hasPrefix("0B") {
        radix = 2; body = body.dropFirst(2)
      } else if body.count > 1 && body.hasPrefix("0") && body.allSatisfy({ $0.isNumber }) {
        radix = 8; body = body.dropFirst()
      }
      if let n = Int(body, radix: radix) { return .int(neg ? -n : n) }
      if radix == 10, !body.contains("."), !body.contains("e"), !body.contains("E") {
        throw Unsupported(reason: "integer overflow \(text)")
      }
      if radix == 10, let d = Double(text) { return .float(d) }
      throw Unsupported(reason: "number \(text)")
    }

    private mutating func quoted() throws -> String {
      i += 1
      var out: [UInt8] = []
      while i < s.count && s[i] != UInt8(ascii: "\"") {
        if s[i] == UInt8(ascii: "\\") {
          i += 1
          guard i < s.count else { break }
          let e = s[i]
          i += 1
          switch e {
          case UInt8(ascii: "n"): out.append(10)
          case UInt8(ascii: "t"): out.append(9)
          case UInt8(ascii: "r"): out.append(13)
          case UInt8(ascii: "a"): out.append(7)
          case UInt8(ascii: "b"): out.append(8)
          case UInt8(ascii: "f"): out.append(12)
          case UInt8(ascii: "v"): out.append(11)
          case UInt8(ascii: "x"):
            let h = String(decoding: s[i..<(i + 2)], as: UTF8.self)
            out.append(UInt8(h, radix: 16) ?? 0)
            i += 2
          case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let n = e == UInt8(ascii: "u") ? 4 : 8
            let h = String(decoding: s[i..<(i + n)], as: UTF8.self)
            GoStrconv.appendRune(&out, UInt32(h, radix: 16) ?? 0xFFFD)
            i += n
          default: out.append(e)
          }
        } else {
          out.append(s[i])
          i += 1
        }
      }
      i += 1
      return String(decoding: out, as: UTF8.self)
    }
  }

  struct Parser {
    let tokens: [Token]
    var k = 0
    var atEnd: Bool { k >= tokens.count }

    mutating func command() throws -> Node {
      guard !atEnd else { throw Unsupported(reason: "empty") }
      if case .ident(let name) = tokens[k], !["nil", "true", "false"].contains(name) {
        k += 1
        var args: [Node] = []
        while !atEnd, tokens[k] != .close, tokens[k] != .ident("|") { args.append(try operand()) }
        return .call(name, args)
      }
      return try operand()
    }

    mutating func operand() throws -> Node {
      let t = tokens[k]
      k += 1
      switch t {
      case .string(let s): return .literal(.string(s))
      case .int(let n): return .literal(.int(n))
      case .float(let d): return .literal(.float(d))
      case .field(let path): return .field(path)
      case .ident("nil"): return .literal(.null)
      case .ident("true"): return .literal(.bool(true))
      case .ident("false"): return .literal(.bool(false))
      case .ident(let name): return .call(name, [])
      case .open:
        let c = try command()
        guard !atEnd, tokens[k] == .close else { throw Unsupported(reason: "paren") }
        k += 1
        return c
      case .close: throw Unsupported(reason: "close")
      }
    }
  }

  // MARK: Evaluation

  func eval(_ node: Node) throws -> Value {
    switch node {
    case .literal(let v): return v
    case .field(let path):
      var v: Value
      switch path.first {
      case "Values": v = values
      case "Release":
        v = .map([
          "IsInstall": .bool(true), "IsUpgrade": .bool(false), "Name": .string("rel"),
          "Namespace": .string("ns"), "Revision": .int(1), "Service": .string("Helm"),
        ])
      case "Template":
        v = .map(
          GoMap(
            ["Name": .string("oracle/templates/t.yaml"), "BasePath": .string("oracle/templates")],
            goTypeName: "common.Values"))
      default: throw Unsupported(reason: "field \(path)")
      }
      for p in path.dropFirst() {
        guard case .map(let m) = v else { throw Unsupported(reason: "nil field") }
        v = m[p] ?? .null
      }
      return v
    case .call(let name, let argNodes):
      let args = try argNodes.map(eval)
      return try call(name, args)
    }
  }

  private func call(_ name: String, _ args: [Value]) throws -> Value {
    switch name {
    case "printf":
      guard case .string(let f)? = args.first else { throw Unsupported(reason: "printf format") }
      return .string(GoFormatter.sprintf(f, Array(args.dropFirst())))
    case "print": return .string(GoFormatter.sprint(args))
    case "println": return .string(GoFormatter.sprintln(args))
    case "toString":
      if case .string(let s)? = args.first { return .string(s) }
      return .string(GoFormatter.sprintf("%v", args))
    case "quote":
      return .string(
        args.filter { !$0.isNil }.map { a -> String in
          if case .string(let s) = a { return GoFormatter.sprintf("%q", [.string(s)]) }
          return GoFormatter.sprintf("%q", [.string(GoFormatter.sprintf("%v", [a]))])
        }.joined(separator: " "))
    case "cat":
      let v = args.filter { !$0.isNil }
      let f = String(repeating: "%v ", count: v.count).trimmingSpaces()
      return .string(GoFormatter.sprintf(f, v))
    case "int64":
      guard args.count == 1 else { break }
      switch args[0] {
      case .int(let n): return .int64(Int64(n))
      case .float(let d):
        guard let n = Int64(exactly: d.rounded(.towardZero)) else { throw Unsupported(reason: "int64 range") }
        return .int64(n)
      default: break
      }
    case "int":
      guard args.count == 1 else { break }
      switch args[0] {
      case .int(let n): return .int(n)
      case .float(let d):
        guard let n = Int(exactly: d.rounded(.towardZero)) else { throw Unsupported(reason: "int range") }
        return .int(n)
      default: break
      }
    case "float64":
      guard args.count == 1 else { break }
      switch args[0] {
      case .int(let n): return .float(Double(n))
      case .float(let d): return .float(d)
      default: break
      }
    case "list": return .list(args)
    case "split":
      guard args.count == 2, case .string(let sep) = args[0], case .string(let s) = args[1] else { break }
      let m = GoMap(goTypeName: "map[string]string")
      for (i, part) in s.splitAll(sep).enumerated() { m["_\(i)"] = .string(part) }
      return .map(m)
    case "len":
      guard args.count == 1 else { break }
      switch args[0] {
      case .string(let s): return .int(s.utf8.count)
      case .list(let l): return .int(l.count)
      case .map(let m): return .int(m.count)
      default: break
      }
    case "add":
      var sum: Int64 = 0
      for a in args {
        switch a {
        case .int(let n): sum &+= Int64(n)
        case .int64(let n): sum &+= n
        default: throw Unsupported(reason: "add operand")
        }
      }
      return .int64(sum)
    case "default":
      guard args.count == 2 else { break }
      return args[1].isTruthy ? args[1] : args[0]
    case "keys":
      guard args.count == 1, case .map(let m) = args[0], m.count <= 1 else { break }
      return TypedSlice.strings(m.sortedKeys)
    case "dict":
      let m = GoMap()
      var k = 0
      while k + 1 < args.count {
        guard case .string(let key) = args[k] else { throw Unsupported(reason: "dict key") }
        m[key] = args[k + 1]
        k += 2
      }
      return .map(m)
    case "splitList":
      guard args.count == 2, case .string(let sep) = args[0], case .string(let s) = args[1] else { break }
      return TypedSlice.strings(s.splitAll(sep))
    case "until":
      guard args.count == 1, case .int(let n) = args[0] else { break }
      return .object(TypedSlice(elementType: "int", items: (0..<max(n, 0)).map { .int($0) }))
    case "toJson":
      return .string((try? GoJSON.encode(args[0])) ?? "")
    case "toRawJson":
      return .string((try? GoJSON.encode(args[0], escapeHTML: false)) ?? "")
    case "toPrettyJson":
      return .string((try? GoJSON.encodeIndented(args[0], prefix: "", indent: "  ")) ?? "")
    case "mustToJson":
      do { return .string(try GoJSON.encode(args[0])) } catch let e as GoJSONError {
        throw CallError(function: name, message: e.message)
      }
    case "fromJson":
      guard case .string(let s)? = args.first else { break }
      let (map, error) = GoJSON.unmarshalObject(s)
      guard let m = map else { throw Unsupported(reason: "nil map") }
      if let error { m["Error"] = .string(error.message) }
      return .map(m)
    case "fromJsonArray":
      guard case .string(let s)? = args.first else { break }
      let (list, error) = GoJSON.unmarshalArray(s)
      if let error { return .list([.string(error.message)]) }
      guard let l = list else { throw Unsupported(reason: "nil slice") }
      return .list(l)
    case "mustFromJson":
      guard case .string(let s)? = args.first else { break }
      do { return try GoJSON.decode(s) } catch let e as GoJSONError {
        throw CallError(function: name, message: e.message)
      }
    default: break
    }
    throw Unsupported(reason: "function \(name)")
  }
}

extension String {
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty, Substring(self).range(of: target) != nil else { return self }
    var out = ""
    var rest = Substring(self)
    while let r = rest.range(of: target) {
      out += rest[..<r.lowerBound]
      out += replacement
      rest = rest[r.upperBound...]
    }
    return out + rest
  }

  func splitAll(_ sep: String) -> [String] {
    var parts: [String] = []
    var rest = Substring(self)
    while !sep.isEmpty, let r = rest.range(of: sep) {
      parts.append(String(rest[..<r.lowerBound]))
      rest = rest[r.upperBound...]
    }
    parts.append(String(rest))
    return parts
  }

  func trimmingSpaces() -> String {
    var s = Substring(self)
    while s.first == " " { s = s.dropFirst() }
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}

extension Substring {
  /// A byte-exact substring search (no Foundation).
  func range(of target: String) -> Range<Substring.Index>? {
    let t = Array(target.utf8)
    guard let first = t.first else { return nil }
    let bytes = Array(self.utf8)
    guard bytes.count >= t.count else { return nil }
    var i = 0
    while i <= bytes.count - t.count {
      if bytes[i] == first && bytes[i..<(i + t.count)].elementsEqual(t) {
        let lower = self.utf8.index(startIndex, offsetBy: i)
        return lower..<self.utf8.index(lower, offsetBy: t.count)
      }
      i += 1
    }
    return nil
  }
}
