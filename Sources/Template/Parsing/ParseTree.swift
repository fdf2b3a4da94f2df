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

/// One parsed template: a file's main body or a `define`/`block` body, which may be
/// deferred (`DeferredBody`: parsed the first time a render runs it).
public final class ParseTree: Sendable {
  /// The template's name (the file name, or the defined name).
  public let name: String
  private enum Body: Sendable {
    case built(ListNode)
    case deferred(DeferredBody)
  }
  private let body: Body
  public let source: TemplateSource

  init(name: String, root: ListNode, source: TemplateSource) {
    self.name = name
    self.body = .built(root)
    self.source = source
  }

  init(name: String, deferred: DeferredBody, source: TemplateSource) {
    self.name = name
    self.body = .deferred(deferred)
    self.source = source
  }

  /// The template's nodes, parsed now if the body was deferred; a deferred body's parse
  /// error is the file's (`ParseContext.fileError`).
  public func root() throws(TemplateParseError) -> ListNode {
    switch body {
    case .built(let root): return root
    case .deferred(let deferred): return try deferred.lists().0
    }
  }

  /// Whether the body was deferred (and may not be parsed yet).
  var isDeferred: Bool {
    if case .deferred = body { return true }
    return false
  }

  /// Go's `parse.IsEmptyTree`: only whitespace text and comments.
  public var isEmpty: Bool {
    switch body {
    case .built(let root): return ParseTree.isEmpty(root)
    case .deferred(let deferred): return deferred.extent.isEmpty
    }
  }

  static func isEmpty(_ node: Node) -> Bool {
    switch node {
    case let list as ListNode: return list.nodes.allSatisfy(isEmpty)
    case let text as TextNode: return isBlank(text.text)
    default: return false
    }
  }

  /// Whether a text node's bytes are all blank (as `IsEmptyTree` trims them).
  static func isBlank(_ text: ArraySlice<UInt8>) -> Bool {
    text.allSatisfy { Lexer.isSpace($0) || $0 == 0x0B || $0 == 0x0C || $0 == 0x85 || $0 == 0xA0 }
  }

  /// Parses, without building, every deferred body of the tree no render reached (and of
  /// the bodies it reached); throws the file's parse error if one fails.
  func checkDeferredBodies() throws(TemplateParseError) {
    switch body {
    case .built(let root): try ParseTree.checkDeferredBodies(in: root)
    case .deferred(let deferred): try ParseTree.checkDeferredBodies(of: deferred)
    }
  }

  static func checkDeferredBodies(of body: DeferredBody) throws(TemplateParseError) {
    guard let (list, elseList) = body.builtLists else { return try body.check() }
    try checkDeferredBodies(in: list)
    if let elseList { try checkDeferredBodies(in: elseList) }
  }

  static func checkDeferredBodies(in node: Node) throws(TemplateParseError) {
    switch node {
    case let list as ListNode:
      for n in list.nodes { try checkDeferredBodies(in: n) }
    case let branch as BranchNode:
      try branch.checkDeferredBodies()
    default:
      break
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
