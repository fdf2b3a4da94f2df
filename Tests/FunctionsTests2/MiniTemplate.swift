import Foundation
import Template
import Values

@testable import Functions

/// A stand-in for the template executor, enough to run the simple conformance cases of
/// the semver/regex/dates/crypto areas against the function bodies: text, `{{ pipeline }}`
/// actions with literals, `.Values.x`, `(...)` groups, `.Method args` on objects, `|` pipes
/// and `$v := ...` assignments. Anything else is reported as unsupported and skipped.
final class MiniTemplate {
  struct Unsupported: Error { let why: String }

  final class DummyContext: ExecutionContext {
    func executeTemplate(named name: String, data: Value) throws -> String { "" }
    func executeText(_ text: String, named name: String, data: Value) throws -> String { "" }
  }

  let table: FunctionTable
  let values: Value
  var variables: [String: Value] = [:]
  let context = DummyContext()

  init(table: FunctionTable, values: Value) {
    self.table = table
    self.values = values
  }

  func render(_ template: String) throws -> String {
    var out = ""
    var rest = Substring(template)
    while let open = rest.range(of: "{{") {
      out += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].range(of: "}}") else { throw Unsupported(why: "unclosed") }
      var action = String(rest[open.upperBound..<close.lowerBound])
      rest = rest[close.upperBound...]
      action = action.trimmingCharacters(in: .whitespaces)
      if action.hasPrefix("if ") || action.hasPrefix("end") || action.hasPrefix("else") || action.hasPrefix("range") {
        throw Unsupported(why: "control")
      }
      var tokens = try tokenize(action)
      if tokens.count >= 2, tokens[0].hasPrefix("$"), tokens[1] == ":=" {
        let name = tokens[0]
        tokens.removeFirst(2)
        var pos = 0
        variables[name] = try pipeline(tokens, &pos)
        continue
      }
      var pos = 0
      let v = try pipeline(tokens, &pos)
      if pos != tokens.count { throw Unsupported(why: "trailing") }
      out += GoFormatter.formatV(v)
    }
    out += rest
    return out
  }

  func tokenize(_ s: String) throws -> [String] {
    var tokens: [String] = []
    let chars = Array(s.unicodeScalars)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == " " || c == "\t" { i += 1; continue }
      if c == "\"" {
        var j = i + 1
        var t = "\""
        while j < chars.count, chars[j] != "\"" {
          if chars[j] == "\\", j + 1 < chars.count { t.unicodeScalars.append(chars[j]); j += 1 }
          t.unicodeScalars.append(chars[j])
          j += 1
        }
        t += "\""
        tokens.append(t)
        i = j + 1
        continue
      }
      if c == "`" {
        var j = i + 1
        var t = "`"
        while j < chars.count, chars[j] != "`" { t.unicodeScalars.append(chars[j]); j += 1 }
        tokens.append(t + "`")
        i = j + 1
        continue
      }
      if c == "(" || c == ")" || c == "|" {
        tokens.append(String(c))
        i += 1
        continue
      }
      var t = ""
      while i < chars.count, !" \t()|\"".unicodeScalars.contains(chars[i]) {
        t.unicodeScalars.append(chars[i])
        i += 1
      }
      // `(x).Field` chains: attach to previous `)`.
      tokens.append(t)
    }
    return tokens
  }

  func pipeline(_ t: [String], _ pos: inout Int) throws -> Value {
    var result = try command(t, &pos, piped: nil)
    while pos < t.count, t[pos] == "|" {
      pos += 1
      result = try command(t, &pos, piped: result)
    }
    return result
  }

  func command(_ t: [String], _ pos: inout Int, piped: Value?) throws -> Value {
    guard pos < t.count else { throw Unsupported(why: "empty command") }
    let head = t[pos]
    if let fn = table[head] {
      pos += 1
      var args: [Value] = []
      while pos < t.count, t[pos] != "|", t[pos] != ")" {
        args.append(try operand(t, &pos))
      }
      if let p = piped { args.append(p) }
      return try call(head, fn, args)
    }
    if head.first?.isLetter == true, head != "nil", head != "true", head != "false" {
      throw Unsupported(why: "function \(head)")
    }
    var v = try operand(t, &pos)
    // method call with arguments: `(x).Method a b`
    if case .object = v, let pendingMethod = lastMethod {
      lastMethod = nil
      var args: [Value] = []
      while pos < t.count, t[pos] != "|", t[pos] != ")" { args.append(try operand(t, &pos)) }
      if let p = piped { args.append(p) }
      v = try pendingMethod(args)
      return v
    }
    if piped != nil { throw Unsupported(why: "pipe into value") }
    return v
  }

  var lastMethod: (([Value]) throws -> Value)?

  func call(_ name: String, _ fn: TemplateFunction, _ args: [Value]) throws -> Value {
    let count = fn.parameters.count
    if fn.variadic == nil ? args.count != count : args.count < count {
      throw Unsupported(why: "arity")
    }
    for (i, p) in fn.parameters.enumerated() {
      try checkType(args[i], p)
    }
    if let v = fn.variadic { for a in args.dropFirst(count) { try checkType(a, v) } }
    do {
      return try fn.body(FunctionCall(name: name, arguments: args, context: context))
    } catch let e as FunctionError {
      throw CallError(message: "error calling \(name): \(e.message)")
    }
  }

  struct CallError: Error { let message: String }

  func checkType(_ v: Value, _ p: GoParameterType) throws {
    switch (p, v) {
    case (.any, _), (.string, .string), (.int, .int), (.int64, .int64), (.bool, .bool),
      (.float64, .float), (.list, .list), (.map, .map):
      return
    case (.int64, .int): return  // untyped constant
    case (.float64, .int): return
    case (.stringList, .object(let o)) where o.goTypeName == "[]string": return
    default: throw Unsupported(why: "type check")
    }
  }

  func operand(_ t: [String], _ pos: inout Int) throws -> Value {
    let tok = t[pos]
    pos += 1
    var v: Value
    var fieldChain: Substring = ""
    if tok == "(" {
      v = try pipeline(t, &pos)
      guard pos < t.count, t[pos] == ")" else { throw Unsupported(why: "paren") }
      pos += 1
      // `.Field` directly after `)`
      if pos < t.count, t[pos].hasPrefix(".") {
        fieldChain = Substring(t[pos])
        pos += 1
      }
    } else if tok.hasPrefix("\"") {
      v = .string(try unquote(tok))
    } else if tok.hasPrefix("`") {
      v = .string(String(tok.dropFirst().dropLast()))
    } else if tok == "nil" {
      return .null
    } else if tok == "true" || tok == "false" {
      return .bool(tok == "true")
    } else if let i = Int(tok) {
      return .int(i)
    } else if tok.hasPrefix("$") {
      let parts = tok.split(separator: ".", maxSplits: 1)
      guard let val = variables[String(parts[0])] else { throw Unsupported(why: "var") }
      v = val
      if parts.count > 1 { fieldChain = "." + parts[1] }
    } else if tok.hasPrefix(".Values") {
      v = values
      fieldChain = tok.dropFirst(7)
    } else if tok.contains(".") || tok.contains("e"), let d = Double(tok) {
      return .float(d)
    } else {
      throw Unsupported(why: "operand \(tok)")
    }
    for name in fieldChain.split(separator: ".") {
      switch v {
      case .map(let m): v = m[String(name)] ?? .null
      case .object(let o):
        switch o.member(named: String(name)) {
        case .field(let f)?: v = f
        case .method(let m)?:
          if m.arity == 0 {
            v = try m.call([])
          } else {
            lastMethod = m.call
            return v
          }
        case nil: throw Unsupported(why: "member \(name)")
        }
      default: throw Unsupported(why: "field on scalar")
      }
    }
    return v
  }

  func unquote(_ tok: String) throws -> String {
    let data = Data(tok.utf8)
    guard let s = try? JSONDecoder().decode(String.self, from: data) else { throw Unsupported(why: "escape") }
    return s
  }
}

/// JSON → Value, numbers as float64 like Helm's values.
enum JSONValue: Decodable {
  case value(Value)
  init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() { self = .value(.null); return }
    if let b = try? c.decode(Bool.self) { self = .value(.bool(b)); return }
    if let d = try? c.decode(Double.self) { self = .value(.float(d)); return }
    if let s = try? c.decode(String.self) { self = .value(.string(s)); return }
    if let a = try? c.decode([JSONValue].self) { self = .value(.list(a.map(\.v))); return }
    let m = try c.decode([String: JSONValue].self)
    self = .value(.map(m.mapValues(\.v)))
  }
  var v: Value { if case .value(let x) = self { return x }; return .null }
}

struct ConformanceCase: Decodable {
  let id: String
  let template: String
  let values: JSONValue?
  let output: String?
  let error: String?
}
