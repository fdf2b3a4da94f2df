/// Where the body of a `define`, `if`, `range` or `with` ends, found from the tokens alone
/// (the parser defers such a body: `DeferredBody`).
///
/// From the first token of the body, actions opening a body (`if`, `range`, `with`) count
/// one level in and `end` one level out; the `end` at level zero closes the body. `else` and
/// `else if` chains open nothing. This is the structure Go's parser gives every valid
/// template; an invalid one may be read differently here, which the parse of the body finds
/// (its end is checked against this one). Nil where a body cannot be deferred: a `block` or
/// `define` inside it (they add templates as they are parsed), no `end` before the input
/// ends, or a lexing error.
struct BodyExtent: Sendable {
  /// The index of the token after the closing `end` action's right delimiter.
  let end: Int
  /// Go's `IsEmptyTree` of the body (as a `define`'s): only blank text at its own level.
  let isEmpty: Bool
  /// Whether an `else` is at the body's own level (a branch with an else list).
  let hasElse: Bool

  /// The extent of the body whose first token is `tokens[start]`.
  static func find(in text: TokenizedText, from start: Int) -> BodyExtent? {
    let tokens = text.tokens
    var depth = 0
    var empty = true
    var hasElse = false
    var i = start
    func nonSpace(_ j: Int) -> Int {
      var k = j
      while k < tokens.count && tokens[k].kind == .space { k += 1 }
      return k
    }
    while i < tokens.count {
      let token = tokens[i]
      switch token.kind {
      case .text:
        if depth == 0 && empty && !ParseTree.isBlank(text.bytes[token.pos..<token.end]) { empty = false }
        i += 1
        continue
      case .leftDelim:
        break
      default:
        return nil
      }
      let first = nonSpace(i + 1)
      guard first < tokens.count else { return nil }
      switch tokens[first].kind {
      case .ifKeyword, .range, .with:
        if depth == 0 { empty = false }
        depth += 1
      case .end:
        if depth == 0 {
          let close = nonSpace(first + 1)
          guard close < tokens.count, tokens[close].kind == .rightDelim else { return nil }
          return BodyExtent(end: close + 1, isEmpty: empty, hasElse: hasElse)
        }
        depth -= 1
      case .elseKeyword:
        if depth == 0 { hasElse = true }
      default:
        if depth == 0 { empty = false }
      }
      // on to the action's right delimiter
      var k = first
      while k < tokens.count {
        switch tokens[k].kind {
        case .rightDelim: break
        case .block, .define, .eof, .error: return nil
        default:
          k += 1
          continue
        }
        break
      }
      guard k < tokens.count else { return nil }
      i = k + 1
    }
    return nil
  }
}
