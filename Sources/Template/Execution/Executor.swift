import GoLib
import Values

/// Go's `text/template` executor (`exec.go`, Go 1.26) over parsed trees: one walker,
/// a variable stack per template invocation, Go's `missingkey=zero`, output appended to
/// one byte buffer.
///
/// One `Executor` serves one top-level execution and every nested `include`/`tpl` it
/// makes; it is the `ExecutionContext` that template functions receive.
///
/// Its state and its frames' are exempt from run-time exclusivity checks: each access is
/// a read, an assignment, or a change through the standard library (`append`,
/// `removeLast`, a subscript) that runs nothing of the executor's, so no access can overlap
/// another; checked, every read of them was a call into the runtime's access set.
public final class Executor: ExecutionContext {
  let namespace: TemplateNamespace
  let functions: FunctionTable
  let setName: String
  /// Go's `maxExecDepth` for `{{template}}` nesting; also bounds the total nesting of
  /// templates and nested executions (`include`, `tpl`), which Go leaves to the stack.
  let maxDepth: Int
  /// Room above `maxDepth` for nested executions (Helm's `include` allows 1000 per name).
  static let nestingSlack = 1100
  /// The error when nesting outgrows the thread's stack before Helm's depth bound (only
  /// where the system refused `LargeStack` its full size).
  static var stackExhausted: String {
    "template nesting exceeds the \(LargeStack.currentStackSize >> 20) MiB thread stack the system allowed"
  }
  /// chartc's own bound on the output of one execution (Helm has none and runs out of
  /// memory): far above any manifest Kubernetes accepts (etcd stores at most 1.5 MiB).
  public static let maxOutputBytes = 256 << 20
  /// Current total nesting (templates plus nested executions).
  @exclusivity(unchecked) var nesting = 0
  /// chartc's own bound on `tpl` nested in `tpl` with no `include` between them. Helm has
  /// none: a text that runs itself through `tpl` recurses until Go's stack overflows. A
  /// cycle through `include` is left to Helm's include limit, so that it fails as in Helm.
  public static let maxTextNesting = 1000
  /// Executions of text (`tpl`) nested since the innermost `include`.
  @exclusivity(unchecked) var textNesting = 0
  /// Output buffers: the innermost is written to; `include` pushes a fresh one.
  @exclusivity(unchecked) var buffers: [[UInt8]] = []
  /// The namespaces of the executions in progress: inside `tpl` text, `include` also sees
  /// the text's own definitions (Helm runs `tpl` on a clone of the set).
  @exclusivity(unchecked) var activeNamespaces: [TemplateNamespace] = []
  /// When recording, where each stretch of the top-level output came from (nil: not recording).
  @exclusivity(unchecked) var sourceMap: TemplateSourceMap?

  init(namespace: TemplateNamespace, functions: FunctionTable, setName: String, maxDepth: Int) {
    self.namespace = namespace
    self.functions = functions
    self.setName = setName
    self.maxDepth = maxDepth
  }

  /// Per-invocation state (Go's `state`): the running tree, its variables, the node
  /// being evaluated (for error positions).
  final class Frame {
    let tree: ParseTree
    let namespace: TemplateNamespace
    @exclusivity(unchecked) var vars: [(name: String, value: Operand)]
    @exclusivity(unchecked) var node: Node?
    /// Go's `state.depth`: `{{template}}` nesting within this execution.
    let depth: Int
    init(tree: ParseTree, namespace: TemplateNamespace, dot: Operand, depth: Int = 0) {
      self.tree = tree
      self.namespace = namespace
      self.vars = [("$", dot)]
      self.depth = depth
    }
  }

  // MARK: - Entry points

  /// Runs `tree` with `data` as dot and `$`, returning its output.
  func run(tree: ParseTree, namespace: TemplateNamespace, data: Value) throws -> String {
    let dot: Operand = data.isNil ? .invalid : .concrete(data)
    let frame = Frame(tree: tree, namespace: namespace, dot: dot)
    nesting += 1
    defer { nesting -= 1 }
    if nesting > maxDepth + Executor.nestingSlack {
      throw TemplateExecutionError(
        location: nil, templateName: tree.name, context: "",
        message: "exceeded maximum template depth (\(maxDepth))", cause: nil)
    }
    if !LargeStack.hasRoom() {
      throw TemplateExecutionError(
        location: nil, templateName: tree.name, context: "", message: Executor.stackExhausted, cause: nil)
    }
    buffers.append([])
    defer { _ = buffers.popLast() }
    activeNamespaces.append(namespace)
    defer { _ = activeNamespaces.popLast() }
    do {
      try walk(frame, dot, tree.root())
    } catch LoopControl.breakLoop {
    } catch LoopControl.continueLoop {}
    // a file's output is checked as UTF-8 only where it is not ASCII (`UTF8Text`); an
    // `include`'s, usually short, as the standard library checks it (the scan for non-ASCII
    // bytes would run again over every level of nested includes)
    if buffers.count == 1 { return UTF8Text.string(buffers[0]) }
    return String(decoding: buffers[buffers.count - 1], as: UTF8.self)
  }

  public func executeTemplate(named name: String, data: Value) throws -> String {
    let current = activeNamespaces.last ?? namespace
    guard let tree = current.lookup(name) else {
      throw TemplateNotFoundError(name: name, setName: setName)
    }
    let outerTextNesting = textNesting
    textNesting = 0
    defer { textNesting = outerTextNesting }
    return try run(tree: tree, namespace: current, data: data)
  }

  public func executeText(_ text: String, named name: String, data: Value) throws -> String {
    if textNesting >= Executor.maxTextNesting {
      throw TextNestingLimitError(limit: Executor.maxTextNesting)
    }
    textNesting += 1
    defer { textNesting -= 1 }
    let parsed = try namespace.cache.parse(name: name, text: text, hasFunction: functionExists)
    let overlay = (activeNamespaces.last ?? namespace).overlay(with: parsed)
    return try run(tree: parsed.main, namespace: overlay, data: data)
  }

  func functionExists(_ name: String) -> Bool {
    functions[name] != nil || Builtin(rawValue: name) != nil
  }

  // MARK: - Errors

  func at(_ f: Frame, _ node: Node) { f.node = node }

  func error(_ f: Frame, _ message: String, cause: (any Error)? = nil) -> TemplateExecutionError {
    if let node = f.node {
      return TemplateExecutionError(
        location: f.tree.source.location(of: node.pos), templateName: f.tree.name,
        context: node.description, message: message, cause: cause)
    }
    return TemplateExecutionError(
      location: nil, templateName: f.tree.name, context: "", message: message, cause: cause)
  }

  // MARK: - Walking

  func write(_ s: String) {
    var s = s
    s.withUTF8 { buffers[buffers.count - 1].append(contentsOf: $0) }
  }

  func walk(_ f: Frame, _ dot: Operand, _ node: Node) throws {
    at(f, node)
    switch node {
    case let action as ActionNode:
      let val = try evalPipeline(f, dot, action.pipe)
      if action.pipe.decl.isEmpty {
        if sourceMap != nil, buffers.count == 1 { recordSource(f, action, isText: false) }
        printValue(f, node, val)
        try checkOutputSize(f)
      }
    case let list as ListNode:
      for n in list.nodes { try walk(f, dot, n) }
    case let text as TextNode:
      if sourceMap != nil, buffers.count == 1 { recordSource(f, text, isText: true) }
      buffers[buffers.count - 1].append(contentsOf: text.text)
      try checkOutputSize(f)
    case let branch as BranchNode:
      if branch.kind == .range {
        try walkRange(f, dot, branch)
      } else {
        try walkIfOrWith(f, dot, branch)
      }
    case let t as TemplateNode:
      try walkTemplate(f, dot, t)
    case is BreakNode:
      throw LoopControl.breakLoop
    case is ContinueNode:
      throw LoopControl.continueLoop
    default:
      throw error(f, "unknown node: \(node.description)")
    }
  }

  /// Fails at the current node once the output being written passes `maxOutputBytes`.
  func checkOutputSize(_ f: Frame) throws {
    if buffers[buffers.count - 1].count > Executor.maxOutputBytes {
      throw error(f, "rendered output exceeds chartc's limit of \(Executor.maxOutputBytes) bytes")
    }
  }

  /// Notes that the top-level output from here on comes from `node`.
  func recordSource(_ f: Frame, _ node: Node, isText: Bool) {
    sourceMap?.record(offset: buffers[0].count, source: f.tree.source, position: node.pos, isText: isText)
  }

  func printValue(_ f: Frame, _ node: Node, _ v: Operand) {
    at(f, node)
    if !v.isValid || v.value.isNil {
      write("<no value>")
    } else if case .string(let s) = v.value {
      write(s)  // `%v` of a string is the string: no pass of the formatter over its bytes
    } else {
      write(GoFormatterBridge.formatV(v.value))
    }
  }

  func walkIfOrWith(_ f: Frame, _ dot: Operand, _ b: BranchNode) throws {
    let mark = f.vars.count
    defer { f.vars.removeLast(f.vars.count - mark) }
    let val = try evalPipeline(f, dot, b.pipe)
    // a deferred body is parsed only when a branch of it runs (`DeferredBody`)
    if Executor.isTrue(val) {
      try walk(f, b.kind == .with ? val : dot, b.lists().list)
    } else if b.hasElse, let e = try b.lists().elseList {
      try walk(f, dot, e)
    }
  }

  /// Go's `isTrue` on an unwrapped value.
  static func isTrue(_ v: Operand) -> Bool {
    if !v.isValid { return false }
    return v.value.isTruthy
  }

  func walkRange(_ f: Frame, _ dot: Operand, _ r: BranchNode) throws {
    at(f, r)
    let outerMark = f.vars.count
    defer { f.vars.removeLast(f.vars.count - outerMark) }
    let val = try evalPipeline(f, dot, r.pipe)
    let mark = f.vars.count
    // parsed once, at the first iteration (a deferred body is parsed only if the range runs)
    var body: ListNode?
    func oneIteration(_ index: Operand, _ elem: Operand) throws -> Bool {
      if !r.pipe.decl.isEmpty {
        if r.pipe.isAssign {
          if r.pipe.decl.count > 1 {
            try setVar(f, r.pipe.decl[0].ident[0], index)
          } else {
            try setVar(f, r.pipe.decl[0].ident[0], elem)
          }
        } else {
          f.vars[f.vars.count - 1].value = elem
        }
      }
      if r.pipe.decl.count > 1 {
        if r.pipe.isAssign {
          try setVar(f, r.pipe.decl[1].ident[0], elem)
        } else {
          f.vars[f.vars.count - 2].value = index
        }
      }
      defer { f.vars.removeLast(f.vars.count - mark) }
      do {
        let list = try body ?? r.lists().list
        body = list
        try walk(f, elem, list)
      } catch LoopControl.continueLoop {
      } catch LoopControl.breakLoop {
        return false
      }
      return true
    }
    var ran = false
    switch val.value {
    case _ where !val.isValid:
      break
    case .list(let items):
      for (i, item) in items.enumerated() {
        ran = true
        if try !oneIteration(.concrete(.int(i)), .element(item)) { break }
      }
    case .map(let m):
      for k in m.sortedKeys {
        ran = true
        if try !oneIteration(.concrete(.string(k)), MapElements.element(of: m, value: m.storage[k] ?? .null))
        {
          break
        }
      }
    case .int, .int64:
      if r.pipe.decl.count > 1 {
        throw error(
          f, "can't use \(GoFormatterBridge.formatV(val.value)) to iterate over more than one variable")
      }
      let n: Int64
      switch val.value {
      case .int(let i): n = Int64(i)
      case .int64(let i): n = i
      default: n = 0
      }
      var i: Int64 = 0
      while i < n {
        ran = true
        let e: Value = { if case .int = val.value { return .int(Int(i)) } else { return .int64(i) } }()
        if try !oneIteration(.invalid, .concrete(e)) { break }
        i += 1
      }
    case .null:
      break
    case .object(let o):
      if let items = o.sliceItems {
        for (i, item) in items.enumerated() {
          ran = true
          if try !oneIteration(.concrete(.int(i)), .concrete(item)) { break }
        }
      } else if let entries = o.mapEntries {
        for (key, value) in entries {
          ran = true
          if try !oneIteration(.concrete(.string(key)), .concrete(value)) { break }
        }
      } else {
        throw error(f, "range can't iterate over \(GoFormatterBridge.formatV(val.value))")
      }
    default:
      throw error(f, "range can't iterate over \(GoFormatterBridge.formatV(val.value))")
    }
    if !ran, r.hasElse, let e = try r.lists().elseList {
      try walk(f, dot, e)
    }
  }

  func walkTemplate(_ f: Frame, _ dot: Operand, _ t: TemplateNode) throws {
    at(f, t)
    guard let tree = f.namespace.lookup(t.name) else {
      throw error(f, "template \(GoStrconv.quote(t.name)) not defined")
    }
    if f.depth >= maxDepth || nesting > maxDepth + Executor.nestingSlack {
      throw error(f, "exceeded maximum template depth (\(maxDepth))")
    }
    if !LargeStack.hasRoom() { throw error(f, Executor.stackExhausted) }
    let newDot = try t.pipe.map { try evalPipeline(f, dot, $0) } ?? .invalid
    let frame = Frame(tree: tree, namespace: f.namespace, dot: newDot, depth: f.depth + 1)
    nesting += 1
    defer { nesting -= 1 }
    try walk(frame, newDot, tree.root())
  }

  // MARK: - Variables

  func setVar(_ f: Frame, _ name: String, _ value: Operand) throws {
    for i in stride(from: f.vars.count - 1, through: 0, by: -1) where f.vars[i].name == name {
      f.vars[i].value = value
      return
    }
    throw error(f, "undefined variable: \(name)")
  }

  func varValue(_ f: Frame, _ name: String) throws -> Operand {
    for i in stride(from: f.vars.count - 1, through: 0, by: -1) where f.vars[i].name == name {
      return f.vars[i].value
    }
    throw error(f, "undefined variable: \(name)")
  }

  // MARK: - Pipelines and commands

  func evalPipeline(_ f: Frame, _ dot: Operand, _ pipe: PipeNode) throws -> Operand {
    at(f, pipe)
    var value: Operand? = nil
    for cmd in pipe.cmds {
      value = try evalCommand(f, dot, cmd, final: value).unwrapped
    }
    let result = value ?? .invalid
    for v in pipe.decl {
      if pipe.isAssign {
        try setVar(f, v.ident[0], result)
      } else {
        f.vars.append((v.ident[0], result))
      }
    }
    return result
  }

  func notAFunction(_ f: Frame, _ args: [Node], _ final: Operand?) throws {
    if args.count > 1 || final != nil {
      throw error(f, "can't give argument to non-function \(args[0].description)")
    }
  }

  func evalCommand(_ f: Frame, _ dot: Operand, _ cmd: CommandNode, final: Operand?) throws -> Operand {
    let first = cmd.args[0]
    switch first {
    case let field as FieldNode:
      return try evalFieldNode(f, dot, field, cmd.args, final)
    case let chain as ChainNode:
      return try evalChainNode(f, dot, chain, cmd.args, final)
    case let ident as IdentifierNode:
      return try evalFunction(f, dot, ident, cmd, cmd.args, final)
    case let pipe as PipeNode:
      try notAFunction(f, cmd.args, final)
      return try evalPipeline(f, dot, pipe)
    case let variable as VariableNode:
      return try evalVariableNode(f, dot, variable, cmd.args, final)
    default:
      break
    }
    at(f, first)
    try notAFunction(f, cmd.args, final)
    switch first {
    case let b as BoolNode: return .concrete(.bool(b.value))
    case is DotNode: return dot
    case is NilNode: throw error(f, "nil is not a command")
    case let n as NumberNode: return try idealConstant(f, n)
    case let s as StringNode: return .concrete(.string(s.text))
    default: throw error(f, "can't evaluate command \(GoStrconv.quote(first.description))")
    }
  }

  func idealConstant(_ f: Frame, _ n: NumberNode) throws -> Operand {
    at(f, n)
    if n.isComplex {
      return .concrete(.object(GoComplex(real: n.float64, imaginary: n.imaginary)))
    }
    let lower = n.text.lowercased()
    let isHexInt =
      lower.count > 2 && lower.hasPrefix("0x") && !lower.contains("p")
      || (lower.count > 3 && (lower.hasPrefix("-0x") || lower.hasPrefix("+0x")) && !lower.contains("p"))
    if n.isFloat && !isHexInt && !n.isCharConstant && n.text.contains(where: { ".eEpP".contains($0) }) {
      return .concrete(.float(n.float64))
    }
    if n.isInt { return .concrete(.int(Int(n.int64))) }
    if n.isUint { throw error(f, "\(n.text) overflows int") }
    return .invalid
  }

  func evalFieldNode(_ f: Frame, _ dot: Operand, _ field: FieldNode, _ args: [Node], _ final: Operand?) throws
    -> Operand
  {
    at(f, field)
    return try evalFieldChain(f, dot, dot, field, field.ident, args, final)
  }

  func evalChainNode(_ f: Frame, _ dot: Operand, _ chain: ChainNode, _ args: [Node], _ final: Operand?) throws
    -> Operand
  {
    at(f, chain)
    if chain.node is NilNode {
      throw error(f, "indirection through explicit nil in \(chain.description)")
    }
    let pipe = try evalArg(f, dot, .reflectValue, chain.node)
    return try evalFieldChain(f, dot, pipe, chain, chain.fields, args, final)
  }

  func evalVariableNode(
    _ f: Frame, _ dot: Operand, _ variable: VariableNode, _ args: [Node], _ final: Operand?
  ) throws -> Operand {
    at(f, variable)
    let value = try varValue(f, variable.ident[0])
    if variable.ident.count == 1 {
      try notAFunction(f, args, final)
      return value
    }
    return try evalFieldChain(f, dot, value, variable, Array(variable.ident.dropFirst()), args, final)
  }

  func evalFieldChain(
    _ f: Frame, _ dot: Operand, _ receiver: Operand, _ node: Node, _ idents: [String], _ args: [Node],
    _ final: Operand?
  ) throws -> Operand {
    var receiver = receiver
    for i in 0..<(idents.count - 1) {
      receiver = try evalField(f, dot, idents[i], node, [], nil, receiver)
    }
    return try evalField(f, dot, idents[idents.count - 1], node, args, final, receiver)
  }

  func evalFunction(
    _ f: Frame, _ dot: Operand, _ node: IdentifierNode, _ cmd: Node, _ args: [Node], _ final: Operand?
  ) throws -> Operand {
    at(f, node)
    let name = node.ident
    if let fn = functions[name] {
      return try evalCall(f, dot, .user(fn), node: cmd, name: name, args: args, final: final)
    }
    if let b = Builtin(rawValue: name) {
      return try evalCall(f, dot, .builtin(b), node: cmd, name: name, args: args, final: final)
    }
    throw error(f, "\(GoStrconv.quote(name)) is not a defined function")
  }

  func evalField(
    _ f: Frame, _ dot: Operand, _ fieldName: String, _ node: Node, _ args: [Node], _ final: Operand?,
    _ receiver: Operand
  ) throws -> Operand {
    if !receiver.isValid { return .invalid }
    let typ = receiver.staticTypeName
    let hasArgs = args.count > 1 || final != nil
    switch receiver.value {
    case .null:
      throw error(f, "nil pointer evaluating \(typ).\(fieldName)")
    case .object(let o):
      if let member = o.member(named: fieldName) {
        switch member {
        case .method(let m):
          let signature = o.parameterTypes(ofMethod: fieldName)
          return try evalCall(
            f, dot, .method(m, signature: signature), node: node, name: fieldName, args: args, final: final)
        case .field(let v):
          if hasArgs { throw error(f, "\(fieldName) has arguments but cannot be invoked as function") }
          return .concrete(v)
        }
      }
    case .map(let m):
      if hasArgs { throw error(f, "\(fieldName) is not a method but has arguments") }
      return MapElements.element(of: m, key: fieldName)
    default:
      break
    }
    throw error(f, "can't evaluate field \(fieldName) in type \(typ)")
  }
}
