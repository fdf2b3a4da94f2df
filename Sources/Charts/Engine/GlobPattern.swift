import Values

/// A glob in the dialect of gobwas/glob (v0.2.3) with `/` as separator, as `.Files.Glob`
/// compiles it: `*` and `?` stay within a path segment, `**` crosses segments, `[abc]` and
/// `[!abc]` (a set of characters), `[a-z]` and `[!a-z]` (one range), `{a,b}` alternatives
/// and `\` escapes. Matching runs the compiled pattern as a Thompson automaton over the
/// name's Unicode scalars: time is linear in the name for any pattern, never backtracking.
public struct GlobPattern: Sendable {
  /// One automaton instruction; `next` is the instruction after it.
  enum Instruction: Sendable {
    /// Consumes one scalar that the test accepts.
    case scalar(ScalarTest)
    /// Continues at both targets (alternatives, the loop of `*` and `**`).
    case split(Int, Int)
    case jump(Int)
    case match
    /// A dead end: the pattern matches no name.
    case fail
  }

  /// What one consumed scalar must be.
  enum ScalarTest: Sendable {
    case literal(Unicode.Scalar)
    /// `?` and the loop of `*`: anything but the separator.
    case notSeparator
    /// The loop of `**`.
    case any
    /// `[abc]` / `[!abc]`: gobwas's list matcher, which does not exclude the separator.
    case list([Unicode.Scalar], negated: Bool)
    /// `[a-z]` / `[!a-z]`.
    case range(Unicode.Scalar, Unicode.Scalar, negated: Bool)

    func accepts(_ s: Unicode.Scalar) -> Bool {
      switch self {
      case .literal(let c): return s == c
      case .notSeparator: return s != "/"
      case .any: return true
      case .list(let chars, let negated): return chars.contains(s) != negated
      case .range(let lo, let hi, let negated): return (lo <= s && s <= hi) != negated
      }
    }
  }

  /// The parsed pattern: a sequence of pieces, alternatives holding sequences.
  indirect enum Piece: Sendable {
    case test(ScalarTest)
    case anyInSegment  // *
    case anyAcross  // **
    case alternatives([[Piece]])

    var isEmptyAlternatives: Bool {
      if case .alternatives(let options) = self { return options.allSatisfy(\.isEmpty) }
      return false
    }
  }

  let program: [Instruction]
  /// gobwas's row matcher, when the pattern compiles to one (its byte slicing differs from
  /// rune matching on names with multi-byte runes).
  let row: GlobRow?

  /// Compiles `pattern`; nil when gobwas/glob refuses it (Helm then matches everything).
  public init?(_ pattern: String) {
    // gobwas/glob's lexer fails on utf8.RuneError: a byte that is not UTF-8, or U+FFFD itself.
    if pattern.unicodeScalars.contains(where: { $0 == "\u{FFFD}" || GoByteString.rawByte($0) != nil }) {
      return nil
    }
    var parser = Parser(Array(pattern.unicodeScalars))
    guard let pieces = parser.parsePattern() else { return nil }
    var program: [Instruction] = []
    if pieces.count > 1 && pieces.contains(where: \.isEmptyAlternatives) {
      // gobwas/glob glues a `{}` (or `{,}`) between other pieces into a row matcher whose
      // zero-length member never matches: such a pattern matches no name.
      program.append(.fail)
      self.program = program
      row = nil
      return
    }
    Self.emit(pieces, into: &program)
    program.append(.match)
    self.program = program
    let tests = pieces.compactMap { piece -> ScalarTest? in
      if case .test(let test) = piece { return test }
      return nil
    }
    row = tests.count == pieces.count ? GlobRow(tests) : nil
  }

  /// Whether `path` matches the whole pattern.
  public func matches(_ path: String) -> Bool {
    if let row { return row.matches(path) }
    var current = SparseSet(capacity: program.count)
    var next = SparseSet(capacity: program.count)
    addClosure(0, to: &current)
    for scalar in path.unicodeScalars {
      if current.isEmpty { return false }
      next.removeAll()
      for pc in current.members {
        if case .scalar(let test) = program[pc], test.accepts(scalar) {
          addClosure(pc + 1, to: &next)
        }
      }
      swap(&current, &next)
    }
    return current.members.contains { if case .match = program[$0] { return true } else { return false } }
  }

  /// Adds `pc` and every instruction reachable from it without consuming a scalar.
  private func addClosure(_ start: Int, to set: inout SparseSet) {
    var stack = [start]
    while let pc = stack.popLast() {
      guard set.insert(pc) else { continue }
      switch program[pc] {
      case .split(let a, let b):
        stack.append(b)
        stack.append(a)
      case .jump(let a): stack.append(a)
      case .scalar, .match, .fail: break
      }
    }
  }

  private static func emit(_ pieces: [Piece], into program: inout [Instruction]) {
    for piece in pieces {
      switch piece {
      case .test(let test):
        program.append(.scalar(test))
      case .anyInSegment, .anyAcross:
        // L: split(L+1, L+3); L+1: scalar; L+2: jump L; L+3: ...
        let loop = program.count
        program.append(.split(loop + 1, loop + 3))
        if case .anyAcross = piece {
          program.append(.scalar(.any))
        } else {
          program.append(.scalar(.notSeparator))
        }
        program.append(.jump(loop))
      case .alternatives(let options):
        // A chain of splits, each option jumping to the end.
        var jumps: [Int] = []
        for (i, option) in options.enumerated() {
          let split = program.count
          if i < options.count - 1 { program.append(.split(split + 1, -1)) }
          emit(option, into: &program)
          jumps.append(program.count)
          program.append(.jump(-1))
          if i < options.count - 1 { program[split] = .split(split + 1, program.count) }
        }
        for j in jumps { program[j] = .jump(program.count) }
      }
    }
  }

  /// gobwas/glob's lexer and parser over the pattern's scalars.
  struct Parser {
    let p: [Unicode.Scalar]
    var i = 0
    var termsLevel = 0

    init(_ p: [Unicode.Scalar]) { self.p = p }

    /// The whole pattern. As in gobwas/glob v0.2.3, an unclosed `{` at the end is closed
    /// implicitly, and `,` and `}` outside braces are literal.
    mutating func parsePattern() -> [Piece]? {
      var stack: [[[Piece]]] = []  // open alternatives: the options so far
      var current: [Piece] = []
      while i < p.count {
        let c = p[i]
        i += 1
        switch c {
        case "{":
          termsLevel += 1
          stack.append([])
          stack[stack.count - 1].append(current)
          current = []
        case "," where termsLevel > 0:
          stack[stack.count - 1].append(current)
          current = []
        case "}" where termsLevel > 0:
          termsLevel -= 1
          var options = stack.removeLast()
          let outer = options.removeFirst()
          options.append(current)
          current = outer + [.alternatives(options)]
        case "[":
          guard let test = parseClass() else { return nil }
          current.append(.test(test))
        case "?":
          current.append(.test(.notSeparator))
        case "*":
          if i < p.count && p[i] == "*" {
            i += 1
            current.append(.anyAcross)
          } else {
            current.append(.anyInSegment)
          }
        default:
          i -= 1
          let breakers: Set<Unicode.Scalar> =
            termsLevel > 0 ? ["?", "*", "[", "{", "}", ","] : ["?", "*", "[", "{"]
          for c in readText(breakers) { current.append(.test(.literal(c))) }
        }
      }
      while var options = stack.popLast() {
        let outer = options.removeFirst()
        options.append(current)
        current = outer + [.alternatives(options)]
      }
      return current
    }

    /// A literal run up to a breaker, with `\` escapes resolved (a trailing `\` is dropped).
    mutating func readText(_ breakers: Set<Unicode.Scalar>) -> [Unicode.Scalar] {
      var out: [Unicode.Scalar] = []
      var escaped = false
      while i < p.count {
        let c = p[i]
        if !escaped {
          if c == "\\" {
            escaped = true
            i += 1
            continue
          }
          if breakers.contains(c) { break }
        }
        escaped = false
        out.append(c)
        i += 1
      }
      return out
    }

    /// After `[`: `!`, then either one range `a-z` or a set of characters, then `]`.
    mutating func parseClass() -> ScalarTest? {
      var negated = false
      if i < p.count && p[i] == "!" {
        negated = true
        i += 1
      }
      guard i < p.count else { return nil }
      if i + 1 < p.count && p[i + 1] == "-" {
        guard i + 3 < p.count, p[i + 3] == "]" else { return nil }
        let lo = p[i]
        let hi = p[i + 2]
        i += 4
        guard lo.value != 0, hi.value != 0, hi >= lo else { return nil }
        return .range(lo, hi, negated: negated)
      }
      let chars = readText(["]"])
      guard i < p.count, p[i] == "]", !chars.isEmpty else { return nil }
      i += 1
      return .list(chars, negated: negated)
    }
  }

  /// A set of instruction indexes with O(1) insert and clear, in insertion order.
  struct SparseSet {
    private var dense: [Int]
    private var sparse: [Int]
    private(set) var count = 0

    init(capacity: Int) {
      dense = Array(repeating: 0, count: capacity)
      sparse = Array(repeating: 0, count: capacity)
    }

    var isEmpty: Bool { count == 0 }
    var members: ArraySlice<Int> { dense[..<count] }

    /// Inserts `x`; false when it was already there.
    mutating func insert(_ x: Int) -> Bool {
      let s = sparse[x]
      if s < count && dense[s] == x { return false }
      sparse[x] = count
      dense[count] = x
      count += 1
      return true
    }

    mutating func removeAll() { count = 0 }
  }
}
