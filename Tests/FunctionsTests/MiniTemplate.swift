import Functions
import Template
import Values

/// A deliberately small stand-in for the template executor, so function bodies can be
/// checked against the oracle's conformance cases before the real engine exists. It
/// understands text with `{{ fn arg... | fn ... }}` actions, literals, `.Values` paths
/// and parenthesised pipelines, and makes the executor's argument conversions. Anything
/// else (control structures, variables, unknown functions, argument errors the executor
/// reports) is `Unsupported`, and the case is skipped.
struct MiniTemplate {
  struct Unsupported: Error {}

  let functions: FunctionTable
  let dot: Value

  private enum Token: Equatable {
    case ident(String), field([String]), string(String), int(Int), float(Double)
    case open, close, pipe, fieldAfterParen([String])
  }

  private struct Arg {
    var value: Value
    var literalNil = false
    var missing = false
    var intLiteral: Int? = nil
    var floatLiteral: Double? = nil
  }

  func render(_ template: String) throws -> String {
    var out = ""
    var rest = Substring(template)
    while let open = rest.range(of: "{{") {
      out += rest[..<open.lowerBound]
      rest = rest[open.upperBound...]
      guard let close = rest.range(of: "}}") else { throw Unsupported() }
      var action = String(rest[..<close.lowerBound])
      rest = rest[close.upperBound...]
      if action.hasPrefix("- ") || action.hasSuffix(" -") || action.hasPrefix("/*") { throw Unsupported() }
      action = action.trimmingCharacters(in: " ")
      var tokens = try tokenize(action)[...]
      let v = try pipeline(&tokens)
      if !tokens.isEmpty { throw Unsupported() }
      out += v.isNil ? "" : GoFormatter.formatV(v)
    }
    out += rest
    return out.replacingOccurrences(of: "<no value>", with: "")
  }

  private func tokenize(_ s: String) throws -> [Token] {
    let b = Array(s.unicodeScalars)
    var i = 0
    var tokens: [Token] = []
    func isIdent(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" }
    while i < b.count {
      let c = b[i]
      if c == " " || c == "\t" || c == "\n" { i += 1; continue }
      if c == "(" { tokens.append(.open); i += 1; continue }
      if c == ")" {
        tokens.append(.close); i += 1
        if i < b.count, b[i] == "." {
          var fields: [String] = []
          while i < b.count, b[i] == "." {
            i += 1
            var name = ""
            while i < b.count, isIdent(b[i]) { name.unicodeScalars.append(b[i]); i += 1 }
            fields.append(name)
          }
          tokens.append(.fieldAfterParen(fields))
        }
        continue
      }
      if c == "|" { tokens.append(.pipe); i += 1; continue }
      if c == "$" || c == "=" || c == ":" || c == "'" { throw Unsupported() }
      if c == "." {
        var fields: [String] = []
        while i < b.count, b[i] == "." {
          i += 1
          var name = ""
          while i < b.count, isIdent(b[i]) { name.unicodeScalars.append(b[i]); i += 1 }
          if !name.isEmpty { fields.append(name) }
        }
        tokens.append(.field(fields))
        continue
      }
      if c == "\"" {
        i += 1
        var str = ""
        while i < b.count, b[i] != "\"" {
          if b[i] == "\\" {
            i += 1
            switch b[i] {
            case "n": str += "\n"
            case "t": str += "\t"
            case "r": str += "\r"
            case "\\": str += "\\"
            case "\"": str += "\""
            case "u":
              let hex = String(String.UnicodeScalarView(b[(i + 1)...(i + 4)]))
              str.unicodeScalars.append(Unicode.Scalar(UInt32(hex, radix: 16)!)!)
              i += 4
            default: throw Unsupported()
            }
            i += 1
          } else {
            str.unicodeScalars.append(b[i]); i += 1
          }
        }
        i += 1
        tokens.append(.string(str))
        continue
      }
      if c == "`" {
        i += 1
        var str = ""
        while i < b.count, b[i] != "`" { str.unicodeScalars.append(b[i]); i += 1 }
        i += 1
        tokens.append(.string(str))
        continue
      }
      if ("0"..."9").contains(c) || c == "-" || c == "+" {
        var text = ""
        while i < b.count, isIdent(b[i]) || b[i] == "." || b[i] == "-" || b[i] == "+" {
          text.unicodeScalars.append(b[i]); i += 1
        }
        let lower = text.lowercased()
        if !lower.contains("x"), lower.contains(".") || lower.contains("e") {
          guard let f = Double(text) else { throw Unsupported() }
          tokens.append(.float(f))
        } else {
          guard let (v, overflow) = intLiteral(text), !overflow else { throw Unsupported() }
          tokens.append(.int(Int(v)))
        }
        continue
      }
      if isIdent(c) {
        var name = ""
        while i < b.count, isIdent(b[i]) { name.unicodeScalars.append(b[i]); i += 1 }
        tokens.append(.ident(name))
        continue
      }
      throw Unsupported()
    }
    return tokens
  }

  private func intLiteral(_ text: String) -> (Int64, Bool)? {
    var t = text
    var neg = false
    if t.hasPrefix("-") { neg = true; t.removeFirst() } else if t.hasPrefix("+") { t.removeFirst() }
    guard let v = Int64(t, radix: 10) else { return nil }
    return (neg ? -v : v, false)
  }

  private func pipeline(_ tokens: inout ArraySlice<Token>) throws -> Value {
    var piped: Arg? = nil
    while true {
      var operands: [Token] = []
      var depth = 0
      var group: [[Token]] = []
      var current: [Token] = []
      while let t = tokens.first {
        if depth == 0 && (t == .pipe || t == .close) { break }
        tokens.removeFirst()
        if t == .open { depth += 1 }
        if t == .close { depth -= 1 }
        current.append(t)
        if depth == 0 {
          if case .fieldAfterParen = tokens.first {
            current.append(tokens.removeFirst())
          }
          group.append(current)
          current = []
        }
      }
      operands = group.flatMap { $0 }
      _ = operands
      let result = try command(group, piped: piped)
      piped = result
      if tokens.first == .pipe {
        tokens.removeFirst()
        continue
      }
      return result.value
    }
  }

  private func command(_ operands: [[Token]], piped: Arg?) throws -> Arg {
    guard let first = operands.first else {
      if let piped { return piped }
      throw Unsupported()
    }
    if first.count == 1, case .ident(let name) = first[0], !["true", "false", "nil"].contains(name) {
      var args = try operands.dropFirst().map(operand)
      if let piped { args.append(piped) }
      return Arg(value: try call(name, args))
    }
    if operands.count != 1 || piped != nil { throw Unsupported() }
    return try operand(first)
  }

  private func operand(_ tokens: [Token]) throws -> Arg {
    guard let first = tokens.first else { throw Unsupported() }
    switch first {
    case .string(let s): return Arg(value: .string(s))
    case .int(let i): return Arg(value: .int(i), intLiteral: i)
    case .float(let f): return Arg(value: .float(f), floatLiteral: f)
    case .ident("true"): return Arg(value: .bool(true))
    case .ident("false"): return Arg(value: .bool(false))
    case .ident("nil"): return Arg(value: .null, literalNil: true)
    case .ident(let name): return Arg(value: try call(name, []))
    case .field(let path): return try lookup(dot, path)
    case .open:
      var inner = tokens.dropFirst()
      var trailing: [String] = []
      if case .fieldAfterParen(let f)? = inner.last {
        trailing = f
        inner = inner.dropLast()
      }
      guard inner.last == .close else { throw Unsupported() }
      inner = inner.dropLast()
      let v = try pipeline(&inner)
      if !inner.isEmpty { throw Unsupported() }
      return trailing.isEmpty ? Arg(value: v) : try lookup(v, trailing)
    default: throw Unsupported()
    }
  }

  private func lookup(_ root: Value, _ path: [String]) throws -> Arg {
    var v = root
    var missing = false
    for name in path {
      guard case .map(let m) = v else { throw Unsupported() }
      if let next = m[name] {
        v = next
        missing = false
      } else {
        v = .null
        missing = true
      }
    }
    return Arg(value: v, missing: missing)
  }

  private func convert(_ arg: Arg, to type: GoParameterType) throws -> Value {
    if arg.missing && type != .any { throw Unsupported() }
    switch type {
    case .any: return arg.value
    case .string:
      guard case .string = arg.value else { throw Unsupported() }
      return arg.value
    case .bool:
      guard case .bool = arg.value else { throw Unsupported() }
      return arg.value
    case .int, .int64:
      if let i = arg.intLiteral { return type == .int ? .int(i) : .int64(Int64(i)) }
      if let f = arg.floatLiteral, f == f.rounded() { return type == .int ? .int(Int(f)) : .int64(Int64(f)) }
      if case .int(let i) = arg.value, type == .int { return .int(i) }
      if case .int64(let i) = arg.value, type == .int64 { return .int64(i) }
      throw Unsupported()
    case .float64:
      if let i = arg.intLiteral { return .float(Double(i)) }
      guard case .float = arg.value else { throw Unsupported() }
      return arg.value
    case .map:
      if arg.literalNil { return .null }
      guard case .map = arg.value else { throw Unsupported() }
      return arg.value
    case .list, .stringList:
      throw Unsupported()
    }
  }

  private func call(_ name: String, _ args: [Arg]) throws -> Value {
    guard let f = functions[name] else { throw Unsupported() }
    if f.variadic == nil ? args.count != f.parameters.count : args.count < f.parameters.count {
      throw Unsupported()
    }
    var values: [Value] = []
    for (i, a) in args.enumerated() {
      values.append(try convert(a, to: i < f.parameters.count ? f.parameters[i] : f.variadic!))
    }
    return try f.body(FunctionCall(name: name, arguments: values, context: NoEngine()))
  }
}

/// An execution context for function tests: no templates to run.
final class NoEngine: ExecutionContext {
  struct NoTemplates: Error {}
  func executeTemplate(named name: String, data: Value) throws -> String { throw NoTemplates() }
  func executeText(_ text: String, named name: String, data: Value) throws -> String { throw NoTemplates() }
}

extension String {
  func trimmingCharacters(in set: Character) -> String {
    var s = Substring(self)
    while s.first == set { s.removeFirst() }
    while s.last == set { s.removeLast() }
    return String(s)
  }

  func replacingOccurrences(of target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var out = ""
    var rest = Substring(self)
    while let r = rest.range(of: target) {
      out += rest[..<r.lowerBound] + replacement
      rest = rest[r.upperBound...]
    }
    return out + rest
  }
}

extension Substring {
  func range(of target: String) -> Range<Substring.Index>? {
    let t = Array(target.utf8)
    let u = self.utf8
    var i = u.startIndex
    while i != u.endIndex {
      if u[i...].starts(with: t) {
        return i..<u.index(i, offsetBy: t.count)
      }
      i = u.index(after: i)
    }
    return nil
  }
}
