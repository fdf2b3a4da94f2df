/// One matcher of gobwas/glob v0.2.3's compiled tree (`match/*.go`). Texts are UTF-8 bytes,
/// runes are code points; `length` is gobwas's `Len()`: a length in runes, or -1 when the
/// matcher has none (its quirks kept: an any-of whose first member has none takes the
/// length of the next, and an every-of never has one).
indirect enum GlobMatcher: Sendable {
  /// `*`: anything without a separator.
  case any(separators: [UInt32])
  /// `**`: anything.
  case `super`
  /// `?`: one rune that is not a separator (and, as in gobwas, the empty string).
  case single(separators: [UInt32])
  /// The empty string (an empty alternative).
  case nothing
  /// `[abc]` / `[!abc]`.
  case list([UInt32], not: Bool)
  /// `[a-z]` / `[!a-z]`.
  case range(lo: UInt32, hi: UInt32, not: Bool)
  case text([UInt8], runes: Int)
  case prefix([UInt8])
  case suffix([UInt8])
  case prefixSuffix([UInt8], [UInt8])
  case prefixAny([UInt8], separators: [UInt32])
  case suffixAny([UInt8], separators: [UInt32])
  /// Holds the needle (or, with `not`, does not).
  case contains([UInt8], not: Bool)
  /// At least this many runes.
  case min(Int)
  /// At most this many runes.
  case max(Int)
  /// Fixed-length matchers side by side, `runes` long in all.
  case row([GlobMatcher], runes: Int)
  case anyOf([GlobMatcher])
  case everyOf([GlobMatcher])
  /// A fixed-length value with what comes before and after it.
  case tree(GlobTree)

  static func text(_ bytes: [UInt8]) -> GlobMatcher {
    .text(bytes, runes: GoStringBytes.runeCount(bytes[...]))
  }

  /// Whether matching can make Go panic: a row holding a member of length 0 (an empty
  /// alternative) slices past the end of a name it has used up.
  var canPanic: Bool {
    switch self {
    case .row(let matchers, _):
      return matchers.contains { $0.length == 0 || $0.canPanic }
    case .anyOf(let matchers), .everyOf(let matchers):
      return matchers.contains(where: \.canPanic)
    case .tree(let tree):
      return tree.value.canPanic || tree.left?.canPanic == true || tree.right?.canPanic == true
    default:
      return false
    }
  }

  var length: Int {
    switch self {
    case .any, .super, .prefix, .suffix, .prefixSuffix, .prefixAny, .suffixAny, .contains, .min, .max:
      return -1
    case .single, .list, .range: return 1
    case .nothing: return 0
    case .text(_, let runes), .row(_, let runes): return runes
    case .anyOf(let matchers):
      var l = -1
      for m in matchers {
        let ml = m.length
        if l == -1 {
          l = ml
        } else if ml == -1 || l != ml {
          return -1
        }
      }
      return l
    case .everyOf(let matchers): return matchers.isEmpty ? 0 : -1
    case .tree(let tree): return tree.length
    }
  }
}

/// gobwas's `BTree`: `value` (a matcher of fixed length) found in the name, `left` matching
/// what precedes it and `right` what follows (nil: nothing may). The lengths are in runes,
/// fixed when the tree is built; gobwas uses them as byte counts when it matches. A class,
/// so that matching can remember its answers per tree and slice.
final class GlobTree: Sendable {
  let value: GlobMatcher
  let left: GlobMatcher?
  let right: GlobMatcher?
  let valueLength: Int
  let leftLength: Int
  let rightLength: Int
  let length: Int

  init(value: GlobMatcher, left: GlobMatcher?, right: GlobMatcher?) {
    self.value = value
    self.left = left
    self.right = right
    valueLength = value.length
    leftLength = left?.length ?? 0
    rightLength = right?.length ?? 0
    let fixed = valueLength != -1 && leftLength != -1 && rightLength != -1
    length = fixed ? leftLength + valueLength + rightLength : -1
  }

  /// The same tree with other sides, keeping the lengths measured before (as gobwas's
  /// optimiser does when it replaces the sides of a tree it holds by value).
  private init(_ tree: GlobTree, left: GlobMatcher?, right: GlobMatcher?) {
    value = tree.value
    self.left = left
    self.right = right
    valueLength = tree.valueLength
    leftLength = tree.leftLength
    rightLength = tree.rightLength
    length = tree.length
  }

  func with(left: GlobMatcher?, right: GlobMatcher?) -> GlobTree {
    GlobTree(self, left: left, right: right)
  }
}
