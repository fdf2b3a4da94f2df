import GoLib

/// A node of a parsed template (Go's `parse.Node`): immutable, positioned by byte offset.
///
/// `description` is Go's `Node.String()`, which execution errors print as `at <NODE>`.
/// Every node is a final class whose stored properties are all `let`, so trees are shared
/// across concurrent renders as they are.
public protocol Node: AnyObject, Sendable {
  /// Byte offset of the node in the text of the file it was parsed from.
  var pos: Int { get }
  /// Appends Go's `String()` of the node.
  func write(to s: inout String)
}

extension Node {
  /// Go's `String()` of the node.
  public var description: String {
    var s = ""
    write(to: &s)
    return s
  }
}

/// A sequence of nodes.
public final class ListNode: Node {
  public let pos: Int
  public let nodes: [Node]
  init(pos: Int, nodes: [Node] = []) {
    self.pos = pos
    self.nodes = nodes
  }
  public func write(to s: inout String) { for n in nodes { n.write(to: &s) } }
}

/// Plain text outside actions.
public final class TextNode: Node {
  public let pos: Int
  /// The text's bytes, a slice of the template's (not a copy).
  public let text: ArraySlice<UInt8>
  init(pos: Int, text: ArraySlice<UInt8>) {
    self.pos = pos
    self.text = text
  }
  public func write(to s: inout String) { s += String(decoding: text, as: UTF8.self) }
}

/// `{{pipeline}}`.
public final class ActionNode: Node {
  public let pos: Int
  public let line: Int
  public let pipe: PipeNode
  init(pos: Int, line: Int, pipe: PipeNode) {
    self.pos = pos
    self.line = line
    self.pipe = pipe
  }
  public func write(to s: inout String) {
    s += "{{"
    pipe.write(to: &s)
    s += "}}"
  }
}

/// A pipeline with optional variable declarations or assignments.
public final class PipeNode: Node {
  public let pos: Int
  public let line: Int
  public let isAssign: Bool
  public let decl: [VariableNode]
  public let cmds: [CommandNode]
  init(pos: Int, line: Int, isAssign: Bool, decl: [VariableNode], cmds: [CommandNode]) {
    self.pos = pos
    self.isAssign = isAssign
    self.decl = decl
    self.cmds = cmds
    self.line = line
  }
  public func write(to s: inout String) {
    if !decl.isEmpty {
      for (i, v) in decl.enumerated() {
        if i > 0 { s += ", " }
        v.write(to: &s)
      }
      s += isAssign ? " = " : " := "
    }
    for (i, c) in cmds.enumerated() {
      if i > 0 { s += " | " }
      c.write(to: &s)
    }
  }
}

/// One command of a pipeline: a function, field, or operand followed by arguments.
public final class CommandNode: Node {
  public let pos: Int
  public let args: [Node]
  init(pos: Int, args: [Node]) {
    self.pos = pos
    self.args = args
  }
  public func write(to s: inout String) {
    for (i, a) in args.enumerated() {
      if i > 0 { s += " " }
      if let p = a as? PipeNode {
        s += "("
        p.write(to: &s)
        s += ")"
      } else {
        a.write(to: &s)
      }
    }
  }
}

/// A function name.
public final class IdentifierNode: Node {
  public let pos: Int
  public let ident: String
  init(pos: Int, ident: String) {
    self.pos = pos
    self.ident = ident
  }
  public func write(to s: inout String) { s += ident }
}

/// `$x` or `$x.Field.Field`.
public final class VariableNode: Node {
  public let pos: Int
  /// The variable's name (with its `$`), then the names of its fields.
  public let ident: [String]
  init(pos: Int, ident: [String]) {
    self.pos = pos
    self.ident = ident
  }
  public func write(to s: inout String) { s += ident.joined(separator: ".") }
}

/// `.`
public final class DotNode: Node {
  public let pos: Int
  init(pos: Int) { self.pos = pos }
  public func write(to s: inout String) { s += "." }
}

/// `nil`
public final class NilNode: Node {
  public let pos: Int
  init(pos: Int) { self.pos = pos }
  public func write(to s: inout String) { s += "nil" }
}

/// `.Field.Field`.
public final class FieldNode: Node {
  public let pos: Int
  /// The field names, without their `.`.
  public let ident: [String]
  init(pos: Int, ident: [String]) {
    self.pos = pos
    self.ident = ident
  }
  public func write(to s: inout String) { for i in ident { s += "." + i } }
}

/// A term followed by fields: `(pipe).Field`.
public final class ChainNode: Node {
  public let pos: Int
  public let node: Node
  public let fields: [String]
  init(pos: Int, node: Node, fields: [String]) {
    self.pos = pos
    self.fields = fields
    self.node = node
  }
  public func write(to s: inout String) {
    if let p = node as? PipeNode {
      s += "("
      p.write(to: &s)
      s += ")"
    } else {
      node.write(to: &s)
    }
    for f in fields { s += "." + f }
  }
}

/// `true` / `false`.
public final class BoolNode: Node {
  public let pos: Int
  public let value: Bool
  init(pos: Int, value: Bool) {
    self.pos = pos
    self.value = value
  }
  public func write(to s: inout String) { s += value ? "true" : "false" }
}

/// A numeric constant with every interpretation Go's parser found valid.
public final class NumberNode: Node {
  public let pos: Int
  public let text: String
  /// Every interpretation of the constant, as `NumberParser` found them.
  public struct Interpretations: Sendable {
    public var isInt = false
    public var isUint = false
    public var isFloat = false
    public var isComplex = false
    public var int64: Int64 = 0
    public var uint64: UInt64 = 0
    public var float64: Double = 0
    /// The imaginary part of a complex constant (`float64` holds the real part).
    public var imaginary: Double = 0
    public var isCharConstant = false
  }
  public let value: Interpretations
  public var isInt: Bool { value.isInt }
  public var isUint: Bool { value.isUint }
  public var isFloat: Bool { value.isFloat }
  public var isComplex: Bool { value.isComplex }
  public var int64: Int64 { value.int64 }
  public var uint64: UInt64 { value.uint64 }
  public var float64: Double { value.float64 }
  public var imaginary: Double { value.imaginary }
  public var isCharConstant: Bool { value.isCharConstant }
  init(pos: Int, text: String, value: Interpretations) {
    self.pos = pos
    self.text = text
    self.value = value
  }
  public func write(to s: inout String) { s += text }
}

/// A string constant; `quoted` is the original spelling.
public final class StringNode: Node {
  public let pos: Int
  public let text: String
  /// The original spelling, unless it is `text` in double quotes (most are; no second
  /// String is kept for them).
  private let spelling: String?
  public var quoted: String { spelling ?? "\"" + text + "\"" }
  init(pos: Int, text: String, spelling: String?) {
    self.pos = pos
    self.text = text
    self.spelling = spelling
  }
  public func write(to s: inout String) {
    guard let spelling else {
      s += "\""
      s += text
      s += "\""
      return
    }
    s += spelling
  }
}

/// `{{if}}`, `{{range}}` or `{{with}}` with their lists, which may be deferred
/// (`DeferredBody`: parsed the first time a render reaches them).
public final class BranchNode: Node {
  public let pos: Int
  public enum Kind: String, Sendable { case `if`, range, with }
  public let kind: Kind
  public let line: Int
  public let pipe: PipeNode
  private enum Lists: Sendable {
    case built(list: ListNode, elseList: ListNode?)
    case deferred(DeferredBody)
  }
  private let storage: Lists

  init(kind: Kind, pos: Int, line: Int, pipe: PipeNode, list: ListNode, elseList: ListNode?) {
    self.pos = pos
    self.kind = kind
    self.line = line
    self.pipe = pipe
    self.storage = .built(list: list, elseList: elseList)
  }

  init(kind: Kind, pos: Int, line: Int, pipe: PipeNode, deferred: DeferredBody) {
    self.pos = pos
    self.kind = kind
    self.line = line
    self.pipe = pipe
    self.storage = .deferred(deferred)
  }

  /// The list and the else list, parsed now if they were deferred; a deferred body's parse
  /// error is the file's (`ParseContext.fileError`).
  public func lists() throws(TemplateParseError) -> (list: ListNode, elseList: ListNode?) {
    switch storage {
    case .built(let list, let elseList): return (list, elseList)
    case .deferred(let body): return try body.lists()
    }
  }

  /// Whether the lists were deferred (and may not be parsed yet).
  var isDeferred: Bool {
    if case .deferred = storage { return true }
    return false
  }

  /// Whether the branch has an else list (known without parsing a deferred body).
  public var hasElse: Bool {
    switch storage {
    case .built(_, let elseList): return elseList != nil
    case .deferred(let body): return body.extent.hasElse
    }
  }

  func checkDeferredBodies() throws(TemplateParseError) {
    switch storage {
    case .built(let list, let elseList):
      try ParseTree.checkDeferredBodies(in: list)
      if let elseList { try ParseTree.checkDeferredBodies(in: elseList) }
    case .deferred(let body):
      try ParseTree.checkDeferredBodies(of: body)
    }
  }

  public func write(to s: inout String) {
    s += "{{" + kind.rawValue + " "
    pipe.write(to: &s)
    s += "}}"
    // a body that does not parse is written empty: its error is what a render reports
    guard let (list, elseList) = try? lists() else {
      s += "{{end}}"
      return
    }
    list.write(to: &s)
    if let e = elseList {
      s += "{{else}}"
      e.write(to: &s)
    }
    s += "{{end}}"
  }
}

/// `{{template "name" pipeline}}`.
public final class TemplateNode: Node {
  public let pos: Int
  public let line: Int
  public let name: String
  public let pipe: PipeNode?
  init(pos: Int, line: Int, name: String, pipe: PipeNode?) {
    self.pos = pos
    self.line = line
    self.name = name
    self.pipe = pipe
  }
  public func write(to s: inout String) {
    s += "{{template " + GoStrconv.quote(name)
    if let p = pipe {
      s += " "
      p.write(to: &s)
    }
    s += "}}"
  }
}

/// `{{break}}`.
public final class BreakNode: Node {
  public let pos: Int
  init(pos: Int) { self.pos = pos }
  public func write(to s: inout String) { s += "{{break}}" }
}

/// `{{continue}}`.
public final class ContinueNode: Node {
  public let pos: Int
  init(pos: Int) { self.pos = pos }
  public func write(to s: inout String) { s += "{{continue}}" }
}

/// `{{end}}` (parser-internal).
final class EndNode: Node {
  public let pos: Int
  init(pos: Int) { self.pos = pos }
  public func write(to s: inout String) { s += "{{end}}" }
}

/// `{{else}}` (parser-internal).
final class ElseNode: Node {
  public let pos: Int
  init(pos: Int) { self.pos = pos }
  public func write(to s: inout String) { s += "{{else}}" }
}
