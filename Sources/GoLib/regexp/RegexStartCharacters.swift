/// The characters that can begin a match of a program whose matches are never empty: the
/// consuming instructions reachable from its start without consuming (assertions counted as
/// holding), asked of every ASCII character once; any other character may begin a match.
/// Skipping a position whose character none of them accepts changes nothing: the thread
/// started there would die at its first step.
struct RegexStartCharacters: Sendable {
  private var ascii: (low: UInt64, high: UInt64) = (0, 0)

  /// Nil when an empty match is possible (the start reaches `match` without consuming).
  init?(_ insts: [RegexProgram.Inst]) {
    var consuming: [RegexProgram.Inst] = []
    var seen = Set<Int>()
    var stack = [0]
    while let pc = stack.popLast() {
      guard pc < insts.count, seen.insert(pc).inserted else { continue }
      switch insts[pc] {
      case .match: return nil
      case .jump(let t): stack.append(t)
      case .split(let a, let b): stack += [a, b]
      case .save, .assert: stack.append(pc + 1)
      case .char, .cls, .any: consuming.append(insts[pc])
      }
    }
    for v in UInt32(0)..<128 {
      let c = Unicode.Scalar(UInt8(v))
      guard consuming.contains(where: { RegexStartCharacters.accepts($0, c) }) else { continue }
      if v < 64 { ascii.low |= 1 << UInt64(v) } else { ascii.high |= 1 << UInt64(v - 64) }
    }
  }

  /// What the VM's step does with `inst` on `c`.
  private static func accepts(_ inst: RegexProgram.Inst, _ c: Unicode.Scalar) -> Bool {
    switch inst {
    case .char(let want, let fold):
      return c == want || (fold && RegexCharClass.foldVariants(c).contains(want))
    case .cls(let cls): return cls.matches(c)
    case .any(let dotAll): return dotAll || c != "\n"
    default: return false
    }
  }

  /// Whether a match may begin with `c`.
  func mayBegin(with c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v >= 128 { return true }
    return v < 64 ? ascii.low & (1 << UInt64(v)) != 0 : ascii.high & (1 << UInt64(v - 64)) != 0
  }

  /// The first position from `from` on whose character may begin a match (`input.count`
  /// when there is none).
  func nextCandidate(in input: [Unicode.Scalar], from: Int) -> Int {
    var pos = from
    while pos < input.count && !mayBegin(with: input[pos]) { pos += 1 }
    return pos
  }
}
