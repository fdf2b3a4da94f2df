import Foundation
import Testing
import Values

/// RFC 6901 token escaping, byte-wise, against the two-pass definition (`~` then `/` when
/// escaping; `~1` then `~0` when unescaping) on every string of up to six characters over the
/// characters that matter.
struct JSONPointerTokenTests {
  private static func strings(upTo length: Int) -> [String] {
    var all = [""]
    var level = [""]
    for _ in 0..<length {
      level = level.flatMap { prefix in ["~", "0", "1", "/", "a", "é"].map { prefix + $0 } }
      all += level
    }
    return all
  }

  @Test func escapeAndUnescapeAgreeWithTheTwoPassDefinition() {
    var checked = 0
    for s in Self.strings(upTo: 6) {
      let escaped = s.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
      let unescaped = s.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
      #expect(JSONPointerToken.escape(s) == escaped, "escape \(s)")
      #expect(JSONPointerToken.unescape(s) == unescaped, "unescape \(s)")
      #expect(JSONPointerToken.unescape(JSONPointerToken.escape(s)) == s)
      checked += 1
    }
    #expect(checked == 55_987)
  }

  @Test func keysOfAPointer() {
    #expect(JSONPointerToken.keys(of: "") == [])
    #expect(JSONPointerToken.keys(of: "/") == [""])
    #expect(
      JSONPointerToken.keys(of: "/metadata/labels/app.kubernetes.io~1name") == [
        "metadata", "labels", "app.kubernetes.io/name",
      ])
    #expect(JSONPointerToken.keys(of: "/a~01/0") == ["a~1", "0"])
  }
}
