/// go-yaml's map key order for strings (`keyList.Less`): rune by rune; two letters compare
/// by code point, a non-letter sorts before a letter (in v3, right after a digit: a letter first),
/// digit runs compare numerically. Like Go's, the order is not transitive for some mixes of
/// leading zeros, where Helm's own output depends on map iteration order.
public enum NaturalKeyOrder {
  /// A key's runes, each with its class, computed once per key for sorting: the code point
  /// in the low 24 bits, the class above (1 = letter, 2 = decimal digit, 0 = other). Equal
  /// runes have equal classes, so runes compare equal exactly when their values do.
  struct Runes {
    let packed: [UInt32]

    init(_ s: String) {
      var packed: [UInt32] = []
      packed.reserveCapacity(s.utf8.count)
      for u in s.unicodeScalars {
        packed.append(u.value | UInt32(NaturalKeyOrder.classify(u)) << 24)
      }
      self.packed = packed
    }

    var count: Int { packed.count }
    func value(_ i: Int) -> UInt32 { packed[i] & 0xFF_FFFF }
    func isLetter(_ i: Int) -> Bool { packed[i] >> 24 == 1 }
    func isDigit(_ i: Int) -> Bool { packed[i] >> 24 == 2 }
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
    var i = 0
    var digits = false
    while i < a.count && i < b.count {
      if a.packed[i] == b.packed[i] {
        digits = a.isDigit(i)
        i += 1
        continue
      }
      let al = a.isLetter(i)
      let bl = b.isLetter(i)
      if al && bl { return a.value(i) < b.value(i) }
      if al || bl { return (v3 && digits) ? al : bl }
      var an: Int64 = 0
      var bn: Int64 = 0
      if a.value(i) == 48 || b.value(i) == 48 {
        var j = i - 1
        while j >= 0 && a.isDigit(j) {
          if a.value(j) != 48 {
            an = 1
            bn = 1
            break
          }
          j -= 1
        }
      }
      var ai = i
      while ai < a.count && a.isDigit(ai) {
        an = an &* 10 &+ (Int64(a.value(ai)) &- 48)
        ai += 1
      }
      var bi = i
      while bi < b.count && b.isDigit(bi) {
        bn = bn &* 10 &+ (Int64(b.value(bi)) &- 48)
        bi += 1
      }
      if an != bn { return an < bn }
      if ai != bi { return ai < bi }
      return a.value(i) < b.value(i)
    }
    return a.count < b.count
  }

  /// Keys sorted in go-yaml's order (v2 by default, v3 for toYamlPretty).
  public static func sorted(_ keys: [String], v3: Bool = false) -> [String] {
    sortedIndices(keys, v3: v3).map { keys[$0] }
  }

  /// The positions of `keys` in go-yaml's order: `keys[result[0]]` sorts first.
  static func sortedIndices(_ keys: [String], v3: Bool = false) -> [Int] {
    if keys.count < 2 { return Array(keys.indices) }
    let runes = keys.map(Runes.init)
    return keys.indices.sorted { less(runes[$0], runes[$1], v3: v3) }
  }
}
