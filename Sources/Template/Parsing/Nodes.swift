import GoLib

/// A node of a parsed template (Go's `parse.Node`): immutable, positioned by byte offset.
///
/// `description` is Go's `Node.String()`, which execution errors print as `at <NODE>`.
public class Node: @unchecked Sendable {
  /// Byte offset of the node in the text of the file it was parsed from.
  public let pos: Int
  init(pos: Int) { self.pos = pos }
  /// Go's `String()` of the node.
  public var description: String {
    var s = ""
    write(to: &s)
    return s
  }
  func write(to s: inout String) {}
}

/// A sequence of nodes.
public final class ListNode: Node, @unchecked Sendable {
  public internal(set) var nodes: [Node]
  init(pos: Int, nodes: [Node] = []) {
    self.nodes = nodes
    super.init(pos: pos)
  }
  override func write(to s: inout String) { for n in nodes { n.write(to: &s) } }
}

/// Plain text outside actions.
public final class TextNode: Node, @unchecked Sendable {
  public let text: [UInt8]
  init(pos: Int, text: String) {
    self.text = Array(text.utf8)
    super.init(pos: pos)
  }
  override func write(to s: inout String) { s += String(decoding: text, as: UTF8.self) }
}

/// `{{pipeline}}`.
public final class ActionNode: Node, @unchecked Sendable {
  public let line: Int
  public let pipe: PipeNode
  init(pos: Int, line: Int, pipe: PipeNode) {
    self.line = line
    self.pipe = pipe
    super.init(pos: pos)
  }
  override func write(to s: inout String) {
    s += "{{"
    pipe.write(to: &s)
    s += "}}"
  }
}

/// A pipeline with optional variable declarations or assignments.
public final class PipeNode: Node, @unchecked Sendable {
  public let line: Int
  public internal(set) var isAssign = false
  public internal(set) var decl: [VariableNode] = []
  public internal(set) var cmds: [CommandNode] = []
  init(pos: Int, line: Int) {
    self.line = line
    super.init(pos: pos)
  }
  override func write(to s: inout String) {
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
public final class CommandNode: Node, @unchecked Sendable {
  public internal(set) var args: [Node] = []
  override func write(to s: inout String) {
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
public final class IdentifierNode: Node, @unchecked Sendable {
  public let ident: String
  init(pos: Int, ident: String) {
    self.ident = ident
    super.init(pos: pos)
  }
  override func write(to s: inout String) { s += ident }
}

/// `$x` or `$x.Field.Field`.
public final class VariableNode: Node, @unchecked Sendable {
  public let ident: [String]
  init(pos: Int, name: String) {
    self.ident = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    super.init(pos: pos)
  }
  override func write(to s: inout String) { s += ident.joined(separator: ".") }
}

/// `.`
public final class DotNode: Node, @unchecked Sendable {
  override func write(to s: inout String) { s += "." }
}

/// `nil`
public final class NilNode: Node, @unchecked Sendable {
  override func write(to s: inout String) { s += "nil" }
}

/// `.Field.Field`.
public final class FieldNode: Node, @unchecked Sendable {
  public let ident: [String]
  init(pos: Int, name: String) {
    self.ident = name.split(separator: ".", omittingEmptySubsequences: false).dropFirst().map(String.init)
    super.init(pos: pos)
  }
  override func write(to s: inout String) { for i in ident { s += "." + i } }
}

/// A term followed by fields: `(pipe).Field`.
public final class ChainNode: Node, @unchecked Sendable {
  public let node: Node
  public internal(set) var fields: [String] = []
  init(pos: Int, node: Node) {
    self.node = node
    super.init(pos: pos)
  }
  override func write(to s: inout String) {
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
public final class BoolNode: Node, @unchecked Sendable {
  public let value: Bool
  init(pos: Int, value: Bool) {
    self.value = value
    super.init(pos: pos)
  }
  override func write(to s: inout String) { s += value ? "true" : "false" }
}

/// A numeric constant with every interpretation Go's parser found valid.
public final class NumberNode: Node, @unchecked Sendable {
  public let text: String
  public internal(set) var isInt = false
  public internal(set) var isUint = false
  public internal(set) var isFloat = false
  public internal(set) var isComplex = false
  public internal(set) var int64: Int64 = 0
  public internal(set) var uint64: UInt64 = 0
  public internal(set) var float64: Double = 0
  /// The imaginary part of a complex constant (`float64` holds the real part).
  public internal(set) var imaginary: Double = 0
  public internal(set) var isCharConstant = false
  init(pos: Int, text: String) {
    self.text = text
    super.init(pos: pos)
  }
  override func write(to s: inout String) { s += text }
}

/// A string constant; `quoted` is the original spelling.
public final class StringNode: Node, @unchecked Sendable {
  public let quoted: String
  public let text: String
  init(pos: Int, quoted: String, text: String) {
    self.quoted = quoted
    self.text = text
    super.init(pos: pos)
  }
  override func write(to s: inout String) { s += quoted }
}

/// `{{if}}`, `{{range}}` or `{{with}}` with their lists.
public final class BranchNode: Node, @unchecked Sendable {
  public enum Kind: String, Sendable { case `if`, range, with }
  public let kind: Kind
  public let line: Int
  public let pipe: PipeNode
  public let list: ListNode
  public let elseList: ListNode?
  init(kind: Kind, pos: Int, line: Int, pipe: PipeNode, list: ListNode, elseList: ListNode?) {
    self.kind = kind
    self.line = line
    self.pipe = pipe
    self.list = list
    self.elseList = elseList
    super.init(pos: pos)
  }
  override func write(to s: inout String) {
    s += "{{" + kind.rawValue + " "
    pipe.write(to: &s)
    s += "}}"
    list.write(to: &s)
    if let e = elseList {
      s += "{{else}}"
      e.write(to: &s)
    }
    s += "{{end}}"
  }
}

/// `{{template "name" pipeline}}`.
public final class TemplateNode: Node, @unchecked Sendable {
  public let line: Int
  public let name: String
  public let pipe: PipeNode?
  init(pos: Int, line: Int, name: String, pipe: PipeNode?) {
    self.line = line
    self.name = name
    self.pipe = pipe
    super.init(pos: pos)
  }
  override func write(to s: inout String) {
    s += "{{template " + GoStrconv.quote(name)
    if let p = pipe {
      s += " "
      p.write(to: &s)
    }
    s += "}}"
  }
}

/// `{{break}}`.
public final class BreakNode: Node, @unchecked Sendable {
  override func write(to s: inout String) { s += "{{break}}" }
}

/// `{{continue}}`.
public final class ContinueNode: Node, @unchecked Sendable {
  override func write(to s: inout String) { s += "{{continue}}" }
}

/// `{{end}}` (parser-internal).
final class EndNode: Node, @unchecked Sendable {
  override func write(to s: inout String) { s += "{{end}}" }
}

/// `{{else}}` (parser-internal).
final class ElseNode: Node, @unchecked Sendable {
  override func write(to s: inout String) { s += "{{else}}" }
}
