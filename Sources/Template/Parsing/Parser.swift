import GoLib

/// Go's `text/template/parse` parser (`parse.go`, Go 1.26): tokens → node trees.
///
/// Produces the file's main tree plus one tree per `define`/`block`, and fails with
/// exactly Go's messages. Function names are checked against `hasFunction`.
///
/// A deferring parse (`parseDeferring`) leaves the bodies of `define`s and of `if`, `range`
/// and `with` to be parsed when a render reaches them (`DeferredBody`); a check parse
/// (`building` false) runs the same code over a body but builds no nodes, to find its
/// errors: where it would make a node, it hands on a shared placeholder of the node's class
/// (the only thing the parser asks of a node it made).
struct Parser {
  private let lexed: TokenizedText
  private let tokens: [Token]
  private var index = 0
  private var furthest = 0
  private let source: TemplateSource
  private let hasFunction: (String) -> Bool
  /// Whether nodes are built (false: the body is only checked).
  private let building: Bool
  /// Where bodies are deferred to (a deferring parse only).
  private let deferTo: ParseContext?
  private var vars: [String] = ["$"]
  private var rangeDepth = 0
  private var actionLine = 0
  /// Parenthesized-pipeline nesting (Go's `stackDepth`, capped at `maxStackDepth`).
  private var stackDepth = 0
  /// Control-structure nesting; Go leaves it to its growable stacks, we cap it.
  private var controlDepth = 0
  static let maxStackDepth = 10000
  /// The room a list, a pipeline and a command start with: most hold up to this many
  /// nodes, commands and arguments (growing an array from empty reallocates it at 1, 2 and 4).
  private static let listCapacity = 4
  private static let pipelineCapacity = 2
  private static let commandCapacity = 4
  /// The trees defined so far in this parse, by name, in definition order.
  private(set) var defined: [(String, ParseTree)] = []
  /// Where each name of `defined` is, so that a definition is found without a scan.
  private var definedIndex: [String: Int] = [:]

  struct Failure: Error { let message: String }

  /// Parses `text` of file `name`; returns the main tree and the defined trees.
  static func parse(name: String, text: String, hasFunction: @escaping (String) -> Bool)
    throws(TemplateParseError)
    -> (main: ParseTree, defined: [(String, ParseTree)])
  {
    let bytes = Array(text.utf8)
    let source = TemplateSource(parseName: name, text: bytes)
    var parser = Parser(lexed: Lexer.tokenize(bytes), source: source, hasFunction: hasFunction)
    return try parser.parseWhole(name: name)
  }

  /// `parse`, leaving bodies to be parsed when a render reaches them: their errors are only
  /// found by `DeferredBody.check` (or the first render that reaches them). Where the
  /// deferring parse fails, the file is parsed again without deferring, for Go's message
  /// (or its trees, if the deferring parse failed where a full one does not).
  static func parseDeferring(name: String, text: String, hasFunction: @escaping @Sendable (String) -> Bool)
    throws(TemplateParseError)
    -> (main: ParseTree, defined: [(String, ParseTree)])
  {
    let bytes = Array(text.utf8)
    let source = TemplateSource(parseName: name, text: bytes)
    let context = ParseContext(lexed: Lexer.tokenize(bytes), source: source, hasFunction: hasFunction)
    var parser = Parser(
      lexed: context.lexed, source: source, hasFunction: hasFunction, building: true, deferTo: context)
    do {
      return try parser.parseWhole(name: name)
    } catch {
      return try parse(name: name, text: text, hasFunction: hasFunction)
    }
  }

  /// Parses a deferred body from where it starts: its lists (a definition has no else list),
  /// or nil where it fails or does not end where its extent says.
  static func parseBody(_ body: DeferredBody, building: Bool) -> (ListNode, ListNode?)? {
    let context = body.context
    var parser = Parser(
      lexed: context.lexed, source: context.source, hasFunction: context.hasFunction, building: building,
      deferTo: building ? context : nil)
    parser.index = body.start.index
    parser.vars = body.start.vars
    parser.rangeDepth = body.start.rangeDepth
    parser.controlDepth = body.start.controlDepth
    do {
      let lists: (ListNode, ListNode?)
      switch body.kind {
      case .branch(let kind):
        lists = try parser.branchLists(kind)
      case .definition:
        let (list, end) = try parser.itemList()
        guard end is EndNode else { return nil }
        lists = (list, nil)
      }
      return parser.index == body.extent.end ? lists : nil
    } catch {
      return nil
    }
  }

  /// The file's trees, from the first token.
  private mutating func parseWhole(name: String) throws(TemplateParseError)
    -> (main: ParseTree, defined: [(String, ParseTree)])
  {
    do {
      let root = try parseFile()
      let main = ParseTree(name: name, root: root, source: source)
      var defs = defined
      // The file's own tree joins the set too (Go's `t.add()` at the end of Parse).
      if let i = definedIndex[name] {
        if defs[i].1.isEmpty {
          defs[i] = (name, main)
        } else if !main.isEmpty {
          throw Failure(message: "template: multiple definition of template \(GoStrconv.quote(name))")
        }
      }
      return (main, defs)
    } catch let f as Failure {
      throw TemplateParseError(parseName: name, line: errorLine, message: f.message)
    } catch {
      throw TemplateParseError(parseName: name, line: errorLine, message: "\(error)")
    }
  }

  private init(
    lexed: TokenizedText, source: TemplateSource, hasFunction: @escaping (String) -> Bool,
    building: Bool = true, deferTo: ParseContext? = nil
  ) {
    self.lexed = lexed
    self.tokens = lexed.tokens
    self.source = source
    self.hasFunction = hasFunction
    self.building = building
    self.deferTo = deferTo
  }

  private var errorLine: Int {
    guard !tokens.isEmpty else { return 1 }
    return tokens[min(furthest, tokens.count - 1)].line
  }

  // MARK: - Token stream

  private mutating func next() -> Token {
    let i = min(index, tokens.count - 1)
    let t = tokens[i]
    furthest = max(furthest, i)
    index += 1
    return t
  }

  private mutating func backup(_ n: Int = 1) { index -= n }

  private mutating func peek() -> Token {
    let t = next()
    backup()
    return t
  }

  private mutating func nextNonSpace() -> Token {
    var t = next()
    while t.kind == .space { t = next() }
    return t
  }

  private mutating func peekNonSpace() -> Token {
    let t = nextNonSpace()
    backup()
    return t
  }

  private func fail(_ message: String) -> Failure { Failure(message: message) }

  private mutating func unexpected(_ token: Token, _ context: String) -> Failure {
    if token.kind == .error {
      var extra = ""
      if actionLine != 0 && actionLine != token.line {
        extra = " in action started at \(source.parseName):\(actionLine)"
        if lexed.errorMessage.hasSuffix(" action") { extra = String(extra.dropFirst(" in action".count)) }
      }
      return fail(lexed.errorMessage + extra)
    }
    return fail("unexpected \(lexed.description(of: token)) in \(context)")
  }

  private mutating func expect(_ kind: TokenKind, _ context: String) throws -> Token {
    let t = nextNonSpace()
    if t.kind != kind { throw unexpected(t, context) }
    return t
  }

  // MARK: - Structure

  private mutating func parseFile() throws -> ListNode {
    let rootPos = peek().pos
    var nodes: [Node] = []
    while peek().kind != .eof {
      if peek().kind == .leftDelim {
        let delimIndex = index
        _ = next()
        if nextNonSpace().kind == .define {
          try parseDefinition()
          continue
        }
        index = delimIndex
      }
      let n = try textOrAction()
      if n is EndNode || n is ElseNode { throw fail("unexpected \(n.description)") }
      nodes.append(n)
    }
    return ListNode(pos: rootPos, nodes: nodes)
  }

  private mutating func addDefinition(_ name: String, _ tree: ParseTree) throws {
    if let i = definedIndex[name] {
      if defined[i].1.isEmpty {
        defined[i] = (name, tree)
        return
      }
      if !tree.isEmpty { throw fail("template: multiple definition of template \(GoStrconv.quote(name))") }
      return
    }
    definedIndex[name] = defined.count
    defined.append((name, tree))
  }

  private mutating func parseDefinition() throws {
    let context = "define clause"
    let nameToken = nextNonSpace()
    guard nameToken.kind == .string || nameToken.kind == .rawString else {
      throw unexpected(nameToken, context)
    }
    let name = try unquote(nameToken)
    _ = try expect(.rightDelim, context)
    if let deferTo, let extent = BodyExtent.find(in: lexed, from: index) {
      let start = DeferredBody.Start(index: index, vars: ["$"], rangeDepth: 0, controlDepth: controlDepth)
      let body = DeferredBody(kind: .definition, context: deferTo, start: start, extent: extent)
      index = extent.end
      furthest = max(furthest, index - 1)
      try addDefinition(name, ParseTree(name: name, deferred: body, source: source))
      return
    }
    try parseDefinitionBody(name, context)
  }

  /// The body of a `define` or `block` up to its `{{end}}`, parsed with a fresh variable
  /// scope (only `$`) and outside any range, and added as the template `name`.
  private mutating func parseDefinitionBody(_ name: String, _ context: String) throws {
    let savedVars = vars
    let savedDepth = rangeDepth
    vars = ["$"]
    rangeDepth = 0
    let (list, end) = try itemList()
    vars = savedVars
    rangeDepth = savedDepth
    if !(end is EndNode) { throw fail("unexpected \(end.description) in \(context)") }
    try addDefinition(name, ParseTree(name: name, root: list, source: source))
  }

  private mutating func itemList() throws -> (ListNode, Node) {
    let pos = peekNonSpace().pos
    var nodes: [Node] = []
    if building { nodes.reserveCapacity(Parser.listCapacity) }
    while peekNonSpace().kind != .eof {
      let n = try textOrAction()
      if n is EndNode || n is ElseNode {
        return (building ? ListNode(pos: pos, nodes: nodes) : CheckPlaceholders.list, n)
      }
      if building { nodes.append(n) }
    }
    throw fail("unexpected EOF")
  }

  private mutating func textOrAction() throws -> Node {
    if controlDepth >= Parser.maxStackDepth { throw fail("max expression depth exceeded") }
    controlDepth += 1
    defer { controlDepth -= 1 }
    let token = nextNonSpace()
    switch token.kind {
    case .text:
      return building
        ? TextNode(pos: token.pos, text: lexed.bytes[token.pos..<token.end]) : CheckPlaceholders.text
    case .leftDelim:
      actionLine = token.line
      defer { actionLine = 0 }
      return try action()
    default:
      throw unexpected(token, "input")
    }
  }

  private mutating func action() throws -> Node {
    let token = nextNonSpace()
    switch token.kind {
    case .block: return try blockControl()
    case .breakKeyword: return try breakOrContinue(token, isBreak: true)
    case .continueKeyword: return try breakOrContinue(token, isBreak: false)
    case .elseKeyword: return try elseControl()
    case .end:
      let close = try expect(.rightDelim, "end")
      return building ? EndNode(pos: close.pos) : CheckPlaceholders.end
    case .ifKeyword: return try control(.if)
    case .range: return try control(.range)
    case .template: return try templateControl()
    case .with: return try control(.with)
    default: break
    }
    backup()
    let t = peek()
    let pipe = try pipeline("command", end: .rightDelim)
    return building ? ActionNode(pos: t.pos, line: t.line, pipe: pipe) : CheckPlaceholders.action
  }

  private mutating func breakOrContinue(_ token: Token, isBreak: Bool) throws -> Node {
    let name = isBreak ? "{{break}}" : "{{continue}}"
    let t = nextNonSpace()
    if t.kind != .rightDelim { throw unexpected(t, name) }
    if rangeDepth == 0 { throw fail("\(name) outside {{range}}") }
    if !building { return isBreak ? CheckPlaceholders.breakNode : CheckPlaceholders.continueNode }
    return isBreak ? BreakNode(pos: token.pos) : ContinueNode(pos: token.pos)
  }

  private mutating func elseControl() throws -> Node {
    let p = peekNonSpace()
    if p.kind == .ifKeyword || p.kind == .with {
      return building ? ElseNode(pos: p.pos) : CheckPlaceholders.elseNode
    }
    let t = try expect(.rightDelim, "else")
    return building ? ElseNode(pos: t.pos) : CheckPlaceholders.elseNode
  }

  private mutating func control(_ kind: BranchNode.Kind) throws -> Node {
    let context = kind.rawValue
    let varCount = vars.count
    defer { vars.removeLast(vars.count - varCount) }
    let pipe = try pipeline(context, end: .rightDelim)
    if let deferTo, let extent = BodyExtent.find(in: lexed, from: index) {
      let start = DeferredBody.Start(
        index: index, vars: vars, rangeDepth: rangeDepth, controlDepth: controlDepth)
      let body = DeferredBody(kind: .branch(kind), context: deferTo, start: start, extent: extent)
      index = extent.end
      furthest = max(furthest, index - 1)
      return BranchNode(kind: kind, pos: pipe.pos, line: pipe.line, pipe: pipe, deferred: body)
    }
    let (list, elseList) = try branchLists(kind)
    if !building { return CheckPlaceholders.branch }
    return BranchNode(kind: kind, pos: pipe.pos, line: pipe.line, pipe: pipe, list: list, elseList: elseList)
  }

  /// A branch's list and else list, from the token after its pipeline through its `end`
  /// (an `else if` or `else with` chain is one branch in the else list).
  private mutating func branchLists(_ kind: BranchNode.Kind) throws -> (ListNode, ListNode?) {
    if kind == .range { rangeDepth += 1 }
    let (list, firstEnd) = try itemList()
    var next = firstEnd
    if kind == .range { rangeDepth -= 1 }
    var elseList: ListNode?
    if next is ElseNode {
      if kind == .if && peek().kind == .ifKeyword {
        _ = self.next()
        let chained = try control(.if)
        elseList = building ? ListNode(pos: next.pos, nodes: [chained]) : CheckPlaceholders.list
      } else if kind == .with && peek().kind == .with {
        _ = self.next()
        let chained = try control(.with)
        elseList = building ? ListNode(pos: next.pos, nodes: [chained]) : CheckPlaceholders.list
      } else {
        (elseList, next) = try itemList()
        if !(next is EndNode) { throw fail("expected end; found \(next.description)") }
      }
    }
    return (list, elseList)
  }

  private mutating func parseTemplateName(_ token: Token, _ context: String) throws -> String {
    guard token.kind == .string || token.kind == .rawString else { throw unexpected(token, context) }
    return try unquote(token)
  }

  /// The text of a string token. A raw string (the lexer ends it at the first back quote) is
  /// its body without carriage returns, taken byte by byte; so is a quoted one without a
  /// backslash (the lexer ends it at the first quote or newline); any other goes through
  /// Go's `strconv.Unquote`.
  private func unquote(_ token: Token) throws -> String {
    let body = quotedBody(token)
    if token.kind == .rawString {
      if !body.contains(UInt8(ascii: "\r")) { return String(decoding: body, as: UTF8.self) }
      return String(decoding: body.filter { $0 != UInt8(ascii: "\r") }, as: UTF8.self)
    }
    if !body.contains(UInt8(ascii: "\\")) { return String(decoding: body, as: UTF8.self) }
    do { return try GoStrconv.unquote(lexed.text(of: token)) } catch { throw fail("invalid syntax") }
  }

  /// A string constant; its spelling is kept only where it is not its text in double quotes
  /// (a quoted string without a backslash).
  private func stringNode(_ token: Token) throws -> StringNode {
    let body = quotedBody(token)
    if token.kind == .string && !body.contains(UInt8(ascii: "\\")) {
      if !building { return CheckPlaceholders.string }
      return StringNode(pos: token.pos, text: String(decoding: body, as: UTF8.self), spelling: nil)
    }
    let text = try unquote(token)
    if !building { return CheckPlaceholders.string }
    return StringNode(pos: token.pos, text: text, spelling: lexed.text(of: token))
  }

  /// A string token's bytes between its quotes.
  private func quotedBody(_ token: Token) -> ArraySlice<UInt8> {
    lexed.bytes[(token.pos + 1)..<(token.end - 1)]
  }

  private mutating func templateControl() throws -> Node {
    let context = "template clause"
    let token = nextNonSpace()
    let name = try parseTemplateName(token, context)
    var pipe: PipeNode?
    if nextNonSpace().kind != .rightDelim {
      backup()
      pipe = try pipeline(context, end: .rightDelim)
    }
    if !building { return CheckPlaceholders.template }
    return TemplateNode(pos: token.pos, line: token.line, name: name, pipe: pipe)
  }

  private mutating func blockControl() throws -> Node {
    let context = "block clause"
    let token = nextNonSpace()
    let name = try parseTemplateName(token, context)
    let pipe = try pipeline(context, end: .rightDelim)
    try parseDefinitionBody(name, context)
    if !building { return CheckPlaceholders.template }
    return TemplateNode(pos: token.pos, line: token.line, name: name, pipe: pipe)
  }

  // MARK: - Pipelines

  private mutating func pipeline(_ context: String, end: TokenKind) throws -> PipeNode {
    let start = peekNonSpace()
    var isAssign = false
    var decl: [VariableNode] = []
    var declCount = 0
    var cmds: [CommandNode] = []
    if building { cmds.reserveCapacity(Parser.pipelineCapacity) }
    var commandCount = 0
    /// The first command after the first that starts with a literal (Go's checkPipeline).
    var literalStage: Int?
    decls: while true {
      let v = peekNonSpace()
      guard v.kind == .variable else { break }
      _ = nextNonSpace()
      let variableIndex = index - 1
      let tokenAfterVariable = peek()
      let nxt = peekNonSpace()
      if nxt.kind == .assign || nxt.kind == .declare {
        isAssign = nxt.kind == .assign
        _ = nextNonSpace()
        let name = lexed.text(of: v)
        if building { decl.append(VariableNode(pos: v.pos, ident: [name])) }
        declCount += 1
        vars.append(name)
      } else if nxt.kind == .char && lexed.firstByte(of: nxt) == UInt8(ascii: ",") {
        _ = nextNonSpace()
        let name = lexed.text(of: v)
        if building { decl.append(VariableNode(pos: v.pos, ident: [name])) }
        declCount += 1
        vars.append(name)
        if context == "range" && declCount < 2 {
          switch peekNonSpace().kind {
          case .variable, .rightDelim, .rightParen:
            continue decls
          default:
            throw fail("range can only initialize variables")
          }
        }
        throw fail("too many declarations in \(context)")
      } else {
        // Not a declaration: put the variable (and any space after it) back.
        _ = tokenAfterVariable
        index = variableIndex
      }
      break
    }
    while true {
      let token = nextNonSpace()
      switch token.kind {
      case end:
        if commandCount == 0 { throw fail("missing value for \(context)") }
        if let stage = literalStage { throw fail("non executable command in pipeline stage \(stage + 1)") }
        if !building { return CheckPlaceholders.pipe }
        return PipeNode(pos: start.pos, line: start.line, isAssign: isAssign, decl: decl, cmds: cmds)
      case .bool, .charConstant, .complex, .dot, .field, .identifier, .number, .nilKeyword,
        .rawString, .string, .variable, .leftParen:
        backup()
        let command = try command()
        if commandCount > 0, literalStage == nil, Parser.isLiteral(command.args[0]) {
          literalStage = commandCount
        }
        commandCount += 1
        if building { cmds.append(command) }
      default:
        throw unexpected(token, context)
      }
    }
  }

  /// Whether a command starting with `node` cannot run as a later stage of a pipeline.
  private static func isLiteral(_ node: Node) -> Bool {
    switch node {
    case is BoolNode, is DotNode, is NilNode, is NumberNode, is StringNode: return true
    default: return false
    }
  }

  private mutating func command() throws -> CommandNode {
    let pos = peekNonSpace().pos
    var args: [Node] = []
    if building { args.reserveCapacity(Parser.commandCapacity) }
    var first: Node?
    while true {
      _ = peekNonSpace()
      if let operand = try operand() {
        if building { args.append(operand) } else if first == nil { first = operand }
      }
      let token = next()
      switch token.kind {
      case .space:
        continue
      case .rightDelim, .rightParen:
        backup()
      case .pipe:
        break
      default:
        throw unexpected(token, "operand")
      }
      break
    }
    if !building {
      guard let first else { throw fail("empty command") }
      return Parser.isLiteral(first) ? CheckPlaceholders.literalCommand : CheckPlaceholders.runnableCommand
    }
    if args.isEmpty { throw fail("empty command") }
    return CommandNode(pos: pos, args: args)
  }

  private mutating func operand() throws -> Node? {
    guard let node = try term() else { return nil }
    // (a field or variable has taken the fields after it already)
    var fields: [String] = []
    guard let chainPos = appendChainedFields(to: &fields) else { return node }
    switch node {
    case is BoolNode, is StringNode, is NumberNode, is NilNode, is DotNode:
      throw fail("unexpected . after term \(GoStrconv.quote(node.description))")
    default:
      return building ? ChainNode(pos: chainPos, node: node, fields: fields) : CheckPlaceholders.chain
    }
  }

  /// Appends the names of the field tokens that come next (a chain: `.b.c` after a term);
  /// returns the position of the first, or nil when none comes.
  private mutating func appendChainedFields(to names: inout [String]) -> Int? {
    // (looking at the same tokens as Go's loop: the error line is the furthest one seen)
    let chainPos = peek().pos
    let chainLength = fieldTokens(from: index)
    guard chainLength > 0 else { return nil }
    if building { names.reserveCapacity(names.count + chainLength) }
    for _ in 0..<chainLength {
      // the token taken first: `fieldName(next())` copies the whole parser, to call
      // `fieldName` on the parser as it was before `next()` changed it
      let token = next()
      if building { names.append(fieldName(token)) }
    }
    _ = peek()
    return chainPos
  }

  /// How many field tokens come one after another from `tokens[i]`.
  private func fieldTokens(from i: Int) -> Int {
    var end = i
    while end < tokens.count && tokens[end].kind == .field { end += 1 }
    return end - i
  }

  /// A field token's name: its text after the `.` (the lexer ends a field at the next `.`).
  private func fieldName(_ token: Token) -> String {
    lexed.withBytes(of: token) {
      String(decoding: UnsafeBufferPointer(rebasing: $0.dropFirst()), as: UTF8.self)
    }
  }

  private mutating func term() throws -> Node? {
    let token = nextNonSpace()
    switch token.kind {
    case .identifier:
      let name = lexed.text(of: token)
      if !hasFunction(name) { throw fail("function \(GoStrconv.quote(name)) not defined") }
      return building ? IdentifierNode(pos: token.pos, ident: name) : CheckPlaceholders.identifier
    case .dot:
      return building ? DotNode(pos: token.pos) : CheckPlaceholders.dot
    case .nilKeyword:
      return building ? NilNode(pos: token.pos) : CheckPlaceholders.nilNode
    // Go's operand makes `$x` or `.a` followed by fields `.b.c` a chain, then writes it out
    // and splits it again: the field or variable `$x.b.c` or `.a.b.c` at the chain's
    // position. A variable or field token holds no `.` after its first byte, so the parts
    // are the token's and the chain's.
    case .variable:
      let name = lexed.text(of: token)
      if !vars.contains(name) { throw fail("undefined variable \(GoStrconv.quote(name))") }
      var ident = [String]()
      if !building {
        _ = appendChainedFields(to: &ident)
        return CheckPlaceholders.variable
      }
      ident.reserveCapacity(1 + fieldTokens(from: index))
      ident.append(name)
      let pos = appendChainedFields(to: &ident) ?? token.pos
      return VariableNode(pos: pos, ident: ident)
    case .field:
      var ident = [String]()
      if !building {
        _ = appendChainedFields(to: &ident)
        return CheckPlaceholders.field
      }
      ident.reserveCapacity(1 + fieldTokens(from: index))
      ident.append(fieldName(token))
      let pos = appendChainedFields(to: &ident) ?? token.pos
      return FieldNode(pos: pos, ident: ident)
    case .bool:
      if !building { return CheckPlaceholders.bool }
      return BoolNode(pos: token.pos, value: lexed.firstByte(of: token) == UInt8(ascii: "t"))
    case .charConstant, .complex, .number:
      return try NumberParser.parse(pos: token.pos, text: lexed.text(of: token), kind: token.kind)
    case .leftParen:
      if stackDepth >= Parser.maxStackDepth { throw fail("max expression depth exceeded") }
      stackDepth += 1
      defer { stackDepth -= 1 }
      return try pipeline("parenthesized pipeline", end: .rightParen)
    case .string, .rawString:
      return try stringNode(token)
    default:
      backup()
      return nil
    }
  }
}
