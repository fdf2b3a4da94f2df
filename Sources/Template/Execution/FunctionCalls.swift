import Values

/// What a command calls: a Go builtin, a function from the table, or an object's method.
enum Callee {
  case builtin(Builtin)
  case user(TemplateFunction)
  case method(GoMethod, signature: (fixed: [GoArgumentType], variadic: GoArgumentType?)?)
}

/// What a call's arguments are checked against: the fixed parameters' types, then the type
/// of each variadic argument (nil: none).
typealias CallSignature = (fixed: [ParameterType], variadic: ParameterType?)

/// A parameter type as Go's reflect-based call sees it.
enum ParameterType {
  case go(GoParameterType)
  case uint32
  case named(String)
  /// `reflect.Value`: the builtins' raw, unchecked arguments.
  case reflectValue

  var goName: String {
    switch self {
    case .go(let t): return t.goName
    case .uint32: return "uint32"
    case .named(let name): return name
    case .reflectValue: return "reflect.Value"
    }
  }

  var canBeNil: Bool {
    switch self {
    case .reflectValue: return true
    case .uint32: return false
    case .named(let name): return name.hasPrefix("*")
    case .go(let t):
      switch t {
      case .any, .list, .stringList, .map: return true
      default: return false
      }
    }
  }

  init(_ t: GoArgumentType) {
    switch t {
    case .basic(let b): self = .go(b)
    case .uint32: self = .uint32
    case .named(let name): self = .named(name)
    }
  }
}

extension Callee {
  var signature: CallSignature {
    switch self {
    case .builtin(let b): return b.signature
    case .user(let fn): return fn.callSignature
    case .method(let m, let signature):
      if let signature {
        return (signature.fixed.map(ParameterType.init), signature.variadic.map(ParameterType.init))
      }
      return (Array(repeating: .go(.any), count: m.arity), nil)
    }
  }
}

/// The argument nodes of a call: its command's nodes after the first (the function's own),
/// indexed from 0, read in place rather than copied into an array of their own.
struct CallArguments: RandomAccessCollection {
  let nodes: [Node]
  init(_ nodes: [Node]) { self.nodes = nodes }
  var startIndex: Int { 0 }
  var endIndex: Int { Swift.max(nodes.count - 1, 0) }
  subscript(i: Int) -> Node { nodes[i + 1] }
}

extension Executor {
  func evalCall(
    _ f: Frame, _ dot: Operand, _ callee: Callee, node: Node, name: String, args allArgs: [Node],
    final: Operand?
  ) throws -> Operand {
    let args = CallArguments(allArgs)
    let (fixed, variadic) = callee.signature
    let numIn = args.count + (final != nil ? 1 : 0)
    var numFixed = args.count
    if variadic != nil {
      numFixed = fixed.count
      if numIn < numFixed {
        throw error(f, "wrong number of args for \(name): want at least \(fixed.count) got \(args.count)")
      }
    } else if numIn != fixed.count {
      throw error(f, "wrong number of args for \(name): want \(fixed.count) got \(numIn)")
    }

    // `and` / `or` short-circuit.
    if case .builtin(let b) = callee, b == .and || b == .or {
      var v = Operand.invalid
      for arg in args {
        v = try evalArg(f, dot, .reflectValue, arg)
        if Builtin.truth(v) == (b == .or) { return v }
      }
      if let final { v = try validateType(f, final, .reflectValue) }
      return v
    }

    var argv: [Operand] = []
    argv.reserveCapacity(numIn)
    var i = 0
    while i < numFixed && i < args.count {
      argv.append(try evalArg(f, dot, fixed[i], args[i]))
      i += 1
    }
    if let variadic {
      while i < args.count {
        argv.append(try evalArg(f, dot, variadic, args[i]))
        i += 1
      }
    }
    if let final {
      var t: ParameterType
      if let variadic {
        t = numIn - 1 < numFixed ? fixed[numIn - 1] : variadic
      } else {
        t = fixed[fixed.count - 1]
      }
      argv.append(try validateType(f, final, t))
    }

    do {
      switch callee {
      case .builtin(let b):
        if b == .call {
          let calleeName =
            args.isEmpty ? (final.map { GoFormatterBridge.formatV($0.value) } ?? "") : args[0].description
          return try Builtin.call(name: calleeName, argv)
        }
        return try b.invoke(argv, executor: self)
      case .user(let fn):
        let result = try fn.body(FunctionCall(name: name, arguments: argv.map(\.value), context: self))
        return result.isNil ? .element(.null) : .concrete(result)
      case .method(let m, _):
        let result = try m.call(argv.map(\.value))
        return result.isNil ? .element(.null) : .concrete(result)
      }
    } catch let e as LoopControl {
      throw e
    } catch {
      at(f, node)
      let wrapped: any Error = error
      throw self.error(f, "error calling \(name): ", cause: wrapped)
    }
  }

  /// Go's `evalArg`: evaluates an argument node for a parameter of type `typ`.
  func evalArg(_ f: Frame, _ dot: Operand, _ typ: ParameterType, _ n: Node) throws -> Operand {
    at(f, n)
    switch n {
    case is DotNode:
      return try validateType(f, dot, typ)
    case is NilNode:
      if typ.canBeNil { return .invalid }
      throw error(f, "cannot assign nil to \(typ.goName)")
    case let field as FieldNode:
      return try validateType(f, evalFieldNode(f, dot, field, [n], nil), typ)
    case let v as VariableNode:
      return try validateType(f, evalVariableNode(f, dot, v, [], nil), typ)
    case let p as PipeNode:
      return try validateType(f, evalPipeline(f, dot, p), typ)
    case let ident as IdentifierNode:
      return try validateType(f, evalFunction(f, dot, ident, ident, [], nil), typ)
    case let chain as ChainNode:
      return try validateType(f, evalChainNode(f, dot, chain, [], nil), typ)
    default:
      break
    }
    switch typ {
    case .reflectValue, .go(.any):
      return try evalEmptyInterface(f, dot, n)
    case .go(.bool):
      if let b = n as? BoolNode { return .concrete(.bool(b.value)) }
      throw error(f, "expected bool; found \(n.description)")
    case .go(.float64):
      if let num = n as? NumberNode, num.isFloat { return .concrete(.float(num.float64)) }
      throw error(f, "expected float; found \(n.description)")
    case .go(.int):
      if let num = n as? NumberNode, num.isInt { return .concrete(.int(Int(num.int64))) }
      throw error(f, "expected integer; found \(n.description)")
    case .go(.int64):
      if let num = n as? NumberNode, num.isInt { return .concrete(.int64(num.int64)) }
      throw error(f, "expected integer; found \(n.description)")
    case .go(.string):
      if let s = n as? StringNode { return .concrete(.string(s.text)) }
      throw error(f, "expected string; found \(n.description)")
    case .uint32:
      if let num = n as? NumberNode, num.isUint { return .concrete(.int(Int(num.uint64 & 0xFFFF_FFFF))) }
      throw error(f, "expected unsigned integer; found \(n.description)")
    case .go(.list), .go(.stringList), .go(.map), .named:
      throw error(f, "can't handle \(n.description) for arg of type \(typ.goName)")
    }
  }

  func evalEmptyInterface(_ f: Frame, _ dot: Operand, _ n: Node) throws -> Operand {
    at(f, n)
    switch n {
    case let b as BoolNode: return .concrete(.bool(b.value))
    case is DotNode: return dot
    case let field as FieldNode: return try evalFieldNode(f, dot, field, [], nil)
    case let ident as IdentifierNode: return try evalFunction(f, dot, ident, ident, [], nil)
    case let num as NumberNode: return try idealConstant(f, num)
    case let s as StringNode: return .concrete(.string(s.text))
    case let v as VariableNode: return try evalVariableNode(f, dot, v, [], nil)
    case let p as PipeNode: return try evalPipeline(f, dot, p)
    default: throw error(f, "can't handle assignment of \(n.description) to empty interface argument")
    }
  }

  /// Go's `validateType`: checks that `value` can be passed as `typ`.
  func validateType(_ f: Frame, _ value: Operand, _ typ: ParameterType) throws -> Operand {
    if !value.isValid {
      if typ.canBeNil { return .invalid }
      throw error(f, "invalid value; expected \(typ.goName)")
    }
    if case .reflectValue = typ { return value }
    if case .go(.any) = typ { return value }
    if value.value.isNil {
      throw error(f, "wrong type for value; expected \(typ.goName); got \(value.staticTypeName)")
    }
    if Executor.isAssignable(value.value, to: typ) { return value.unwrapped }
    throw error(f, "wrong type for value; expected \(typ.goName); got \(value.value.goTypeName)")
  }

  static func isAssignable(_ v: Value, to t: ParameterType) -> Bool {
    switch (t, v) {
    case (.reflectValue, _), (.go(.any), _): return true
    case (.go(.string), .string), (.go(.bool), .bool), (.go(.int), .int), (.go(.int64), .int64),
      (.go(.float64), .float), (.go(.list), .list):
      return true
    case (.go(.stringList), .object(let o)): return o.goTypeName == "[]string"
    case (.go(.map), .map(let m)):
      return m.goTypeName == "map[string]interface {}" || !m.goTypeName.hasPrefix("map[")
    case (.named(let name), _): return v.goTypeName == name
    default: return false
    }
  }
}
