import Synchronization

/// What a deferred body is parsed from: the file's tokens, its source and the function
/// names it may call. Shared by every deferred body of one file.
final class ParseContext: Sendable {
  let lexed: TokenizedText
  let source: TemplateSource
  let hasFunction: @Sendable (String) -> Bool

  init(lexed: TokenizedText, source: TemplateSource, hasFunction: @escaping @Sendable (String) -> Bool) {
    self.lexed = lexed
    self.source = source
    self.hasFunction = hasFunction
  }

  /// The file's error as a parse of the whole file without deferring gives it (Go's message
  /// and line), for a body whose own parse failed.
  func fileError() -> TemplateParseError {
    let text = String(decoding: lexed.bytes, as: UTF8.self)
    do {
      _ = try Parser.parse(name: source.parseName, text: text, hasFunction: hasFunction)
    } catch {
      return error
    }
    // the body's parse disagreed with the whole file's: never used silently
    return TemplateParseError(
      parseName: source.parseName, line: 0,
      message: "internal error: a deferred template body did not parse as the whole file does")
  }
}

/// The body of a `define`, `if`, `range` or `with` that was not parsed with the rest of its
/// file: most of a chart's templates sit behind conditions a render never meets (grafana's
/// renders reach 479 of the 3,169 items of its lists, mysql's 622 of 2,352), and building
/// their nodes was most of a cold render's parse.
///
/// The parser finds the body's end from the tokens (`BodyExtent`) and goes on after it; the
/// body is parsed into nodes the first time a render reaches it (`lists`), with the
/// variables, range nesting and depth its parse would have started with. Before a render's
/// result or error is used, every body never reached is parsed without building anything
/// (`check`), so a template with an error anywhere fails as Helm's parse of it does, with
/// the message a parse of the whole file gives.
final class DeferredBody: Sendable {
  /// What the body belongs to: a branch's lists (`if`/`range`/`with`, with any `else`), or a
  /// `define`'s.
  enum Kind: Sendable {
    case branch(BranchNode.Kind)
    case definition
  }

  /// The parser's state where the body starts.
  struct Start: Sendable {
    let index: Int
    let vars: [String]
    let rangeDepth: Int
    let controlDepth: Int
  }

  private enum State: Sendable {
    case pending
    case checked
    case built(ListNode, ListNode?)
  }

  let kind: Kind
  let context: ParseContext
  let start: Start
  let extent: BodyExtent
  private let state = Mutex<State>(.pending)

  init(kind: Kind, context: ParseContext, start: Start, extent: BodyExtent) {
    self.kind = kind
    self.context = context
    self.start = start
    self.extent = extent
  }

  /// The body's list and else list, parsed the first time they are asked for.
  func lists() throws(TemplateParseError) -> (ListNode, ListNode?) {
    try state.withLock { (state: inout State) throws(TemplateParseError) -> (ListNode, ListNode?) in
      if case .built(let list, let elseList) = state { return (list, elseList) }
      guard let built = Parser.parseBody(self, building: true) else { throw context.fileError() }
      state = .built(built.0, built.1)
      return built
    }
  }

  /// The built lists, if any.
  var builtLists: (ListNode, ListNode?)? {
    state.withLock {
      if case .built(let list, let elseList) = $0 { return (list, elseList) }
      return nil
    }
  }

  /// Parses the body without building it, unless it was built or checked before.
  func check() throws(TemplateParseError) {
    try state.withLock { (state: inout State) throws(TemplateParseError) in
      guard case .pending = state else { return }
      guard Parser.parseBody(self, building: false) != nil else { throw context.fileError() }
      state = .checked
    }
  }
}
