/// The text a tree was parsed from, shared by a file's main tree and its `define`s: it
/// turns a node's byte offset into Go's `NAME:LINE:COL` error location.
public final class TemplateSource: Sendable {
  /// Go's `ParseName`: the name of the file the text came from.
  public let parseName: String
  public let text: [UInt8]

  init(parseName: String, text: [UInt8]) {
    self.parseName = parseName
    self.text = text
  }

  /// Go's `Tree.ErrorContext` location: line is 1-based, column counts bytes after the
  /// last newline (0-based on the first line, as Go prints it).
  public func location(of pos: Int) -> String {
    let p = min(max(pos, 0), text.count)
    var line = 1
    var lastNewline = -1
    var i = 0
    while i < p {
      if text[i] == UInt8(ascii: "\n") {
        line += 1
        lastNewline = i
      }
      i += 1
    }
    let col = lastNewline < 0 ? p : p - (lastNewline + 1)
    return "\(parseName):\(line):\(col)"
  }
}

/// One parsed template: a file's main body or a `define`/`block` body.
public final class ParseTree: Sendable {
  /// The template's name (the file name, or the defined name).
  public let name: String
  public let root: ListNode
  public let source: TemplateSource

  init(name: String, root: ListNode, source: TemplateSource) {
    self.name = name
    self.root = root
    self.source = source
  }

  /// Go's `parse.IsEmptyTree`: only whitespace text and comments.
  public var isEmpty: Bool { ParseTree.isEmpty(root) }

  static func isEmpty(_ node: Node) -> Bool {
    switch node {
    case let list as ListNode: return list.nodes.allSatisfy(isEmpty)
    case let text as TextNode:
      return text.text.allSatisfy {
        Lexer.isSpace($0) || $0 == 0x0B || $0 == 0x0C || $0 == 0x85 || $0 == 0xA0
      }
    default: return false
    }
  }
}

/// A template parse failure, printed as Go prints it: `template: NAME:LINE: MESSAGE`.
public struct TemplateParseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file name (Go's `ParseName`).
  public let parseName: String
  public let line: Int
  public let message: String

  public var description: String { "template: \(parseName):\(line): \(message)" }
}
