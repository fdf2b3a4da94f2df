import Values

/// Evaluates the tiny subset of template expressions the toyaml-format cases use as
/// arguments: `dict`, `list`, `int64`, `len`, literals (ints, floats, strings, chars, bools,
/// nil) and `.Values` paths. Test helper only.
struct TemplateExpression {
  private let t: [Character]
  private var i = 0
  private let values: Value

  static func evaluate(_ text: String, values: Value) -> Value? {
    var p = TemplateExpression(t: Array(text), values: values)
    guard let v = p.expr() else { return nil }
    p.skip()
    return p.i == p.t.count ? v : nil
  }

  private init(t: [Character], values: Value) {
    self.t = t
    self.values = values
  }

  private mutating func skip() { while i < t.count && t[i] == " " { i += 1 } }

  private mutating func word() -> String {
    var s = ""
    while i < t.count && t[i] != " " && t[i] != ")" && t[i] != "(" {
      s.append(t[i])
      i += 1
    }
    return s
  }

  private mutating func expr() -> Value? {
    skip()
    guard i < t.count else { return nil }
    let c = t[i]
    if c == "(" {
      i += 1
      skip()
      let fn = word()
      var args: [Value] = []
      while true {
        skip()
        guard i < t.count else { return nil }
        if t[i] == ")" {
          i += 1
          break
        }
        guard let a = expr() else { return nil }
        args.append(a)
      }
      switch fn {
      case "dict":
        let m = GoMap()
        var k = 0
        while k + 1 < args.count {
          guard let key = args[k].stringValue else { return nil }
          m[key] = args[k + 1]
          k += 2
        }
        return .map(m)
      case "list": return .list(args)
      case "int64":
        if case .int(let n)? = args.first { return .int64(Int64(n)) }
        return nil
      case "len":
        if case .string(let s)? = args.first { return .int(s.utf8.count) }
        return nil
      default: return nil
      }
    }
    if c == "\"" {
      i += 1
      var s = ""
      while i < t.count && t[i] != "\"" {
        if t[i] == "\\" && i + 1 < t.count {
          i += 1
          switch t[i] {
          case "n": s.append("\n")
          case "t": s.append("\t")
          default: s.append(t[i])
          }
        } else {
          s.append(t[i])
        }
        i += 1
      }
      i += 1
      return .string(s)
    }
    if c == "'" {
      guard i + 2 < t.count, t[i + 2] == "'", let a = t[i + 1].unicodeScalars.first else { return nil }
      i += 3
      return .int(Int(a.value))
    }
    let w = word()
    switch w {
    case "nil": return .null
    case "true": return .bool(true)
    case "false": return .bool(false)
    default: break
    }
    if w == ".Values" { return values }
    if w.hasPrefix(".Values.") { return values.mapValue?[String(w.dropFirst(8))] ?? .null }
    if let n = Int(w) { return .int(n) }
    if let d = Double(w) { return .float(d) }
    return nil
  }
}
