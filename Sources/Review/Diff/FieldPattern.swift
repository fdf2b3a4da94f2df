import Values

/// A pattern over field paths, for `--ignore-path`: the diff's own path syntax
/// (`metadata.labels["helm.sh/chart"]`, `spec.template.spec.containers[name=api].image`),
/// with `*` inside a key or item value, `[*]` for any list item and `**` for any number of
/// segments (`**.annotations["checksum/*"]`); or a JSON pointer (`/metadata/annotations/x`).
public struct FieldPattern: Sendable, Hashable, CustomStringConvertible {
  enum Step: Sendable, Hashable {
    case key(String)
    case item(key: String, value: String)
    case index(Int)
    case anyItem
    case anyDepth
  }

  let steps: [Step]
  public let description: String

  /// Parses `text`; throws a `DiffError` naming the column of a syntax error.
  public init(_ text: String) throws {
    description = text
    if text.hasPrefix("/") {
      steps = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { token in
        let key = JSONPointerToken.unescape(token)
        if key == "**" { return .anyDepth }
        if let index = Int(key), index >= 0 { return .index(index) }
        return .key(key)
      }
      return
    }
    var parser = FieldPatternParser(text)
    steps = try parser.parse()
  }

  /// Whether `path` matches the whole pattern.
  public func matches(_ path: FieldPath) -> Bool {
    Self.match(steps[...], path.segments[...])
  }

  private static func match(_ steps: ArraySlice<Step>, _ segments: ArraySlice<FieldPath.Segment>) -> Bool {
    guard let step = steps.first else { return segments.isEmpty }
    if case .anyDepth = step {
      var rest = segments
      while true {
        if match(steps.dropFirst(), rest) { return true }
        if rest.isEmpty { return false }
        rest = rest.dropFirst()
      }
    }
    guard let segment = segments.first, matchesOne(step, segment) else { return false }
    return match(steps.dropFirst(), segments.dropFirst())
  }

  private static func matchesOne(_ step: Step, _ segment: FieldPath.Segment) -> Bool {
    switch (step, segment) {
    case (.key(let pattern), .key(let key)): return Glob.matches(pattern, key)
    case (.key(let pattern), .index(let index)), (.key(let pattern), .item(_, _, let index)):
      return pattern == "*" || pattern == String(index)
    case (.item(let k, let v), .item(let key, let value, _)): return k == key && Glob.matches(v, value)
    case (.index(let i), .index(let index)), (.index(let i), .item(_, _, let index)): return i == index
    case (.anyItem, .index), (.anyItem, .item): return true
    default: return false
    }
  }
}
