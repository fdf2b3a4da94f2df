/// go-yaml's map key order for strings (`keyList.Less`): rune by rune; two letters compare
/// by code point, a non-letter sorts before a letter (in v3, right after a digit: a letter first),
/// digit runs compare numerically. Like Go's, the order is not transitive for some mixes of
/// leading zeros, where Helm's own output depends on map iteration order.
public enum NaturalKeyOrder {
  private static func isLetter(_ r: Unicode.Scalar) -> Bool {
    if r.value < 0x80 {
      return (r.value >= 65 && r.value <= 90) || (r.value >= 97 && r.value <= 122)
    }
    switch r.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return false
    }
  }

  private static func isDigit(_ r: Unicode.Scalar) -> Bool {
    if r.value < 0x80 { return r.value >= 48 && r.value <= 57 }
    return r.properties.generalCategory == .decimalNumber
  }

  /// Whether key `a` sorts before key `b`. `afterDigits`: yaml.v3's rule that, right after
  /// an equal digit, a letter sorts first (v2, used by `toYaml`, lacks it).
  public static func less(_ a: String, _ b: String, v3: Bool = false) -> Bool {
    let ar = Array(a.unicodeScalars)
    let br = Array(b.unicodeScalars)
    var i = 0
    var digits = false
    while i < ar.count && i < br.count {
      if ar[i] == br[i] {
        digits = isDigit(ar[i])
        i += 1
        continue
      }
      let al = isLetter(ar[i])
      let bl = isLetter(br[i])
      if al && bl { return ar[i].value < br[i].value }
      if al || bl { return (v3 && digits) ? al : bl }
      var an: Int64 = 0
      var bn: Int64 = 0
      if ar[i] == "0" || br[i] == "0" {
        var j = i - 1
        while j >= 0 && isDigit(ar[j]) {
          if ar[j] != "0" {
            an = 1
            bn = 1
            break
          }
          j -= 1
        }
      }
      var ai = i
      while ai < ar.count && isDigit(ar[ai]) {
        an = an &* 10 &+ (Int64(ar[ai].value) &- 48)
        ai += 1
      }
      var bi = i
      while bi < br.count && isDigit(br[bi]) {
        bn = bn &* 10 &+ (Int64(br[bi].value) &- 48)
        bi += 1
      }
      if an != bn { return an < bn }
      if ai != bi { return ai < bi }
      return ar[i].value < br[i].value
    }
    return ar.count < br.count
  }

  /// Keys sorted in go-yaml's order (v2 by default, v3 for toYamlPretty).
  public static func sorted(_ keys: [String], v3: Bool = false) -> [String] {
    keys.sorted { less($0, $1, v3: v3) }
  }
}
