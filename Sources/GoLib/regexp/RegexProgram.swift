/// A compiled RE2 pattern run by a Pike VM: linear time, leftmost-first (Perl) match
/// preference and submatch positions, as Go's `regexp` package.
final class RegexProgram: Sendable {
  enum Inst: Sendable {
    case char(Unicode.Scalar, fold: Bool)
    case cls(RegexCharClass)
    case any(dotAll: Bool)
    case assert(RegexAssertion)
    case split(Int, Int)  // first has priority
    case jump(Int)
    case save(Int)
    case match
  }

  let insts: [Inst]
  let captureCount: Int
  let names: [String?]
  /// The ASCII characters that can begin a match, when no match can be empty: where no
  /// thread is alive, the unanchored search skips the positions no thread could leave.
  let start: RegexStartCharacters?

  /// `filteringStarts: false` searches from every position (the reference for tests).
  init(insts: [Inst], captureCount: Int, names: [String?], filteringStarts: Bool = true) {
    self.insts = insts
    self.captureCount = captureCount
    self.names = names
    self.start = filteringStarts ? RegexStartCharacters(insts) : nil
  }

  static func compile(_ pattern: String) throws(RegexSyntaxError) -> RegexProgram {
    let (node, count, names) = try RegexParser.parse(pattern)
    // Go's limit: 128 MiB of 40-byte instructions.
    if size(node) > 3_355_443 { throw RegexSyntaxError(code: "expression too large", expr: pattern) }
    var c = Compiler()
    c.insts.append(.save(0))
    c.emit(node)
    c.insts.append(.save(1))
    c.insts.append(.match)
    if c.insts.count > 500_000 { throw RegexSyntaxError(code: "expression too large", expr: pattern) }
    return RegexProgram(insts: c.insts, captureCount: count, names: names)
  }

  /// The number of instructions `node` compiles to (saturating).
  static func size(_ n: RegexNode) -> Int {
    switch n {
    case .empty: return 0
    case .literal, .charClass, .anyChar, .assertion: return 1
    case .concat(let items): return items.reduce(0) { min($0 &+ size($1), Int.max / 4) }
    case .alternate(let bs): return bs.reduce(0) { min($0 &+ size($1) &+ 2, Int.max / 4) }
    case .capture(let inner, _): return min(size(inner) &+ 2, Int.max / 4)
    case .repeatNode(let inner, let minR, let maxR, _):
      let one = size(inner) &+ 1
      let count = maxR < 0 ? minR + 1 : max(maxR, 1)
      return one > (Int.max / 4) / max(count, 1) ? Int.max / 4 : one * count
    }
  }

  struct Compiler {
    var insts: [Inst] = []

    mutating func emit(_ n: RegexNode) {
      switch n {
      case .empty: break
      case .literal(let c, let fold): insts.append(.char(c, fold: fold))
      case .charClass(let cls): insts.append(.cls(cls))
      case .anyChar(let dotAll): insts.append(.any(dotAll: dotAll))
      case .assertion(let a): insts.append(.assert(a))
      case .concat(let items): for x in items { emit(x) }
      case .capture(let inner, let index):
        insts.append(.save(2 * index))
        emit(inner)
        insts.append(.save(2 * index + 1))
      case .alternate(let branches):
        var jumps: [Int] = []
        for (k, b) in branches.enumerated() {
          if k < branches.count - 1 {
            let split = insts.count
            insts.append(.split(0, 0))
            emit(b)
            jumps.append(insts.count)
            insts.append(.jump(0))
            insts[split] = .split(split + 1, insts.count)
          } else {
            emit(b)
          }
        }
        for j in jumps { insts[j] = .jump(insts.count) }
      case .repeatNode(let inner, let minR, let maxR, let greedy):
        for _ in 0..<minR { emit(inner) }
        if maxR < 0 {
          // x*
          let split = insts.count
          insts.append(.split(0, 0))
          emit(inner)
          insts.append(.jump(split))
          insts[split] = greedy ? .split(split + 1, insts.count) : .split(insts.count, split + 1)
        } else if maxR > minR {
          var splits: [Int] = []
          for _ in minR..<maxR {
            splits.append(insts.count)
            insts.append(.split(0, 0))
            emit(inner)
          }
          let end = insts.count
          for sp in splits {
            insts[sp] = greedy ? .split(sp + 1, end) : .split(end, sp + 1)
          }
        }
      }
    }
  }

  static func isWordChar(_ c: Unicode.Scalar?) -> Bool {
    guard let c else { return false }
    let v = c.value
    return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v == 95
  }

  /// The leftmost-first match starting the search at `from`: capture positions
  /// (scalar offsets, -1 when unset), or nil.
  func match(_ input: [Unicode.Scalar], from: Int) -> [Int]? {
    var pos = from
    if let start {
      pos = start.nextCandidate(in: input, from: pos)
      if pos >= input.count { return nil }
    }
    let slots = 2 * (captureCount + 1)
    let n = insts.count
    var clist: [(pc: Int, caps: [Int])] = []
    var nlist: [(pc: Int, caps: [Int])] = []
    var onList = [Int](repeating: -1, count: n)
    var matched: [Int]? = nil

    func assertionHolds(_ a: RegexAssertion, _ pos: Int) -> Bool {
      let before: Unicode.Scalar? = pos > 0 ? input[pos - 1] : nil
      let after: Unicode.Scalar? = pos < input.count ? input[pos] : nil
      switch a {
      case .beginText: return pos == 0
      case .endText: return pos == input.count
      case .beginLine: return pos == 0 || before == "\n"
      case .endLine: return pos == input.count || after == "\n"
      case .wordBoundary: return Self.isWordChar(before) != Self.isWordChar(after)
      case .notWordBoundary: return Self.isWordChar(before) == Self.isWordChar(after)
      }
    }

    // Adds a thread, following empty transitions in priority order (explicit stack).
    func add(_ list: inout [(pc: Int, caps: [Int])], _ pc0: Int, _ caps0: [Int], _ pos: Int, _ gen: Int) {
      var stack: [(Int, [Int])] = [(pc0, caps0)]
      while let (pc, caps) = stack.popLast() {
        if onList[pc] == gen { continue }
        onList[pc] = gen
        switch insts[pc] {
        case .jump(let t): stack.append((t, caps))
        case .split(let a, let b):
          stack.append((b, caps))
          stack.append((a, caps))
        case .save(let k):
          var c = caps
          if k < c.count { c[k] = pos }
          stack.append((pc + 1, c))
        case .assert(let a):
          if assertionHolds(a, pos) { stack.append((pc + 1, caps)) }
        default:
          list.append((pc, caps))
        }
      }
    }

    var gen = 0
    let empty = [Int](repeating: -1, count: slots)
    gen += 1
    add(&clist, 0, empty, pos, gen)
    while true {
      if clist.isEmpty && matched != nil { break }
      let c: Unicode.Scalar? = pos < input.count ? input[pos] : nil
      gen += 1
      nlist.removeAll(keepingCapacity: true)
      var k = 0
      while k < clist.count {
        let (pc, caps) = clist[k]
        k += 1
        switch insts[pc] {
        case .match:
          matched = caps
          // Lower-priority threads are cut off.
          k = clist.count
        case .char(let want, let fold):
          if let c, c == want || (fold && RegexCharClass.foldVariants(c).contains(want)) {
            add(&nlist, pc + 1, caps, pos + 1, gen)
          }
        case .cls(let cls):
          if let c, cls.matches(c) { add(&nlist, pc + 1, caps, pos + 1, gen) }
        case .any(let dotAll):
          if let c, dotAll || c != "\n" { add(&nlist, pc + 1, caps, pos + 1, gen) }
        default:
          break
        }
      }
      if c == nil { break }
      pos += 1
      if matched == nil {
        if nlist.isEmpty, let start {
          // No thread alive: the next thread starts where a match can begin.
          pos = start.nextCandidate(in: input, from: pos)
          if pos >= input.count { break }
        }
        // Unanchored search: a new lowest-priority thread at the next position.
        add(&nlist, 0, empty, pos, gen)
      }
      swap(&clist, &nlist)
    }
    return matched
  }
}
