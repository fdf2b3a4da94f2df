import Template
import Values

/// dario.cat/mergo's `Merge` and `MergeWithOverwrite` for `map[string]interface {}`, as
/// Sprig's `merge` and `mergeOverwrite` use them.
///
/// Without overwrite a source value fills a key only when the destination lacks it or
/// holds an empty value (nil, false, 0, "", empty list or map); nested maps are merged
/// recursively into the destination's own map. With overwrite every non-nil source
/// value replaces the destination's, nil included, except that two maps still merge
/// recursively. Values are assigned, not copied, so the destination can end up sharing
/// maps with a source, exactly as in Go.
enum Mergo {
  /// How deep merging and copying recurse before failing (Go would overflow its stack
  /// on a map that contains itself).
  static let maximumDepth = 1000

  static func merge(_ dst: GoMap, _ src: GoMap, overwrite: Bool, depth: Int = 0) throws {
    if depth > maximumDepth { throw FunctionErrors.recursionLimit }
    let destinationWasEmpty = dst.count == 0
    for key in src.sortedKeys {
      guard let s = src.storage[key] else { continue }
      let d = dst.storage[key]
      if s.isNil {
        if overwrite { dst.storage[key] = .null }
        continue
      }
      switch s {
      case .map(let sm):
        if case .map(let dm)? = d { try merge(dm, sm, overwrite: overwrite, depth: depth + 1) }
      default:
        if s.sliceItems != nil {
          // mergo writes back the destination slice (or the source one when overwriting
          // or when the destination map was empty) before the general rule below.
          if overwrite || destinationWasEmpty {
            dst.storage[key] = s
          } else if d == nil || d!.isNil {
            dst.storage[key] = .list([])
          }
        }
      }
      if let d, !GoReflect.isEmpty(d) {
        if s.sliceItems != nil { continue }
        if case .map = s, case .map = d { continue }
      }
      if overwrite || d == nil || GoReflect.isEmpty(d!) {
        dst.storage[key] = s
      }
    }
  }

  /// Sprig's `merge`/`mergeOverwrite` body: merges each source into `dst` in turn and
  /// returns `dst` (a new map when `dst` is nil and some source is not).
  static func mergeAll(_ dst: GoMap?, _ sources: ArraySlice<Value>, overwrite: Bool) throws -> Value {
    var target = dst
    for source in sources {
      guard let src = source.mapValue else { continue }
      if target == nil { target = GoMap() }
      try merge(target!, src, overwrite: overwrite)
    }
    return .map(target ?? GoMap())
  }
}
