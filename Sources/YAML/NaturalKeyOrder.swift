/// go-yaml's map key order for strings (`keyList.Less`): rune by rune; two letters compare
/// by code point, a non-letter sorts before a letter (in v3, right after a digit: a letter first),
/// digit runs compare numerically. Like Go's, the order is not transitive for some mixes of
/// leading zeros, where Helm's own output depends on map iteration order.
public enum NaturalKeyOrder {
  /// A key's runes with their class, computed once per key for sorting.
  struct Runes {
    let values: [UInt32]
    /// 1 = letter, 2 = decimal digit, 0 = other.
    let classes: [UInt8]

    init(_ s: String) {
      var v: [UInt32] = []
      var c: [UInt8] = []
      v.reserveCapacity(s.utf8.count)
      c.reserveCapacity(s.utf8.count)
      for u in s.unicodeScalars {
        v.append(u.value)
        c.append(NaturalKeyOrder.classify(u))
      }
      values = v
      classes = c
    }
  }

  private static func classify(_ r: Unicode.Scalar) -> UInt8 {
    let v = r.value
    if v < 0x80 {
      if (v >= 65 && v <= 90) || (v >= 97 && v <= 122) { return 1 }
      if v >= 48 && v <= 57 { return 2 }
      return 0
    }
    switch r.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return 1
    case .decimalNumber: return 2
    default: return 0
    }
  }

  /// Whether key `a` sorts before key `b`. `v3`: yaml.v3's rule that, right after an equal
  /// digit, a letter sorts first (v2, used by `toYaml`, lacks it).
  public static func less(_ a: String, _ b: String, v3: Bool = false) -> Bool {
    less(Runes(a), Runes(b), v3: v3)
  }

  static func less(_ a: Runes, _ b: Runes, v3: Bool) -> Bool {
    let ar = a.values
    let br = b.values
    let ac = a.classes
    let bc = b.classes
    var i = 0
    var digits = false
    while i < ar.count && i < br.count {
      if ar[i] == br[i] {
        digits = ac[i] == 2
        i += 1
        continue
      }
      let al = ac[i] == 1
      let bl = bc[i] == 1
      if al && bl { return ar[i] < br[i] }
      if al || bl { return (v3 && digits) ? al : bl }
      var an: Int64 = 0
      var bn: Int64 = 0
      if ar[i] == 48 || br[i] == 48 {
        var j = i - 1
        while j >= 0 && ac[j] == 2 {
          if ar[j] != 48 {
            an = 1
            bn = 1
            break
          }
          j -= 1
        }
      }
      var ai = i
      while ai < ar.count && ac[ai] == 2 {
        an = an &* 10 &+ (Int64(ar[ai]) &- 48)
        ai += 1
      }
      var bi = i
      while bi < br.count && bc[bi] == 2 {
        bn = bn &* 10 &+ (Int64(br[bi]) &- 48)
        bi += 1
      }
      if an != bn { return an < bn }
      if ai != bi { return ai < bi }
      return ar[i] < br[i]
    }
    return ar.count < br.count
  }

  /// Keys sorted in go-yaml's order (v2 by default, v3 for toYamlPretty).
  public static func sorted(_ keys: [String], v3: Bool = false) -> [String] {
    let decorated = keys.map { ($0, Runes($0)) }
    return decorated.sorted { less($0.1, $1.1, v3: v3) }.map { $0.0 }
  }
}
