/// A glob in the dialect of gobwas/glob with `/` as separator, as `.Files.Glob` uses it:
/// `*` and `?` stay within a path segment, `**` crosses segments, `[abc]`, `[!a-z]`,
/// `{a,b}` alternatives and `\` escapes.
public struct GlobPattern: Sendable {
  indirect enum Token: Sendable {
    case literal(Character)
    case anyInSegment  // *
    case anyAcross  // **
    case single  // ?
    case characterClass(negated: Bool, ranges: [(Character, Character)])
    case alternatives([[Token]])
  }

  let tokens: [Token]

  /// Compiles `pattern`; nil when it is malformed (Helm then matches everything).
  public init?(_ pattern: String) {
    var index = pattern.startIndex
    guard let tokens = GlobPattern.parse(pattern, &index, inAlternative: false), index == pattern.endIndex
    else {
      return nil
    }
    self.tokens = tokens
  }

  public func matches(_ path: String) -> Bool {
    GlobPattern.match(tokens[...], Array(path)[...])
  }

  private static func parse(_ p: String, _ i: inout String.Index, inAlternative: Bool) -> [Token]? {
    var out: [Token] = []
    while i < p.endIndex {
      let c = p[i]
      if inAlternative && (c == "," || c == "}") { return out }
      p.formIndex(after: &i)
      switch c {
      case "*":
        if i < p.endIndex && p[i] == "*" {
          p.formIndex(after: &i)
          out.append(.anyAcross)
        } else {
          out.append(.anyInSegment)
        }
      case "?": out.append(.single)
      case "\\":
        guard i < p.endIndex else { return nil }
        out.append(.literal(p[i]))
        p.formIndex(after: &i)
      case "[":
        var negated = false
        if i < p.endIndex && p[i] == "!" {
          negated = true
          p.formIndex(after: &i)
        }
        var ranges: [(Character, Character)] = []
        var closed = false
        while i < p.endIndex {
          let lo = p[i]
          p.formIndex(after: &i)
          if lo == "]" {
            closed = true
            break
          }
          if i < p.endIndex && p[i] == "-" {
            let next = p.index(after: i)
            guard next < p.endIndex else { return nil }
            let hi = p[next]
            i = p.index(after: next)
            ranges.append((lo, hi))
          } else {
            ranges.append((lo, lo))
          }
        }
        guard closed else { return nil }
        out.append(.characterClass(negated: negated, ranges: ranges))
      case "{":
        var options: [[Token]] = []
        while true {
          guard let option = parse(p, &i, inAlternative: true), i < p.endIndex else { return nil }
          options.append(option)
          let sep = p[i]
          p.formIndex(after: &i)
          if sep == "}" { break }
        }
        out.append(.alternatives(options))
      default:
        out.append(.literal(c))
      }
    }
    return inAlternative ? nil : out
  }

  private static func match(_ tokens: ArraySlice<Token>, _ text: ArraySlice<Character>) -> Bool {
    guard let first = tokens.first else { return text.isEmpty }
    let rest = tokens.dropFirst()
    switch first {
    case .literal(let c):
      guard let t = text.first, t == c else { return false }
      return match(rest, text.dropFirst())
    case .single:
      guard let t = text.first, t != "/" else { return false }
      return match(rest, text.dropFirst())
    case .characterClass(let negated, let ranges):
      guard let t = text.first, t != "/" else { return false }
      let inClass = ranges.contains { $0.0 <= t && t <= $0.1 }
      guard inClass != negated else { return false }
      return match(rest, text.dropFirst())
    case .anyInSegment:
      var remaining = text
      while true {
        if match(rest, remaining) { return true }
        guard let t = remaining.first, t != "/" else { return false }
        remaining = remaining.dropFirst()
      }
    case .anyAcross:
      var remaining = text
      while true {
        if match(rest, remaining) { return true }
        guard !remaining.isEmpty else { return false }
        remaining = remaining.dropFirst()
      }
    case .alternatives(let options):
      return options.contains { match($0[...] + rest, text) }
    }
  }
}
