import Testing
import Values

/// The `Value` model: Go's reference maps, deep copies, truth, kinds and key order.
@Suite struct ValueModelTests {
  @Test func mapsAreSharedByReference() {
    let m = GoMap(["a": .int(1)])
    let holder: Value = .list([.map(m)])
    m["b"] = .string("x")
    guard case .list(let items) = holder, case .map(let seen) = items[0] else {
      Issue.record("expected a list holding the map")
      return
    }
    #expect(seen.count == 2)
    #expect(seen["b"]?.stringValue == "x")
  }

  @Test func deepCopySharesNothingMutable() {
    let inner = GoMap(["x": .int(1)])
    let outer = GoMap(["inner": .map(inner)], goTypeName: "common.Values")
    outer.isNilMap = false
    let copy = outer.deepCopy()
    inner["x"] = .int(2)
    #expect(copy.goTypeName == "common.Values")
    if let copiedInner = copy["inner"]?.mapValue, case .int(let x)? = copiedInner["x"] {
      #expect(x == 1)
    } else {
      Issue.record("copy lost its inner map")
    }
  }

  @Test func truthFollowsGo() {
    let falsy: [Value] = [
      .null, .bool(false), .int(0), .int64(0), .float(0), .string(""), .list([]), .emptyMap(),
    ]
    for v in falsy { #expect(!v.isTruthy, "\(v.goTypeName) should be false") }
    let truthy: [Value] = [
      .bool(true), .int(-1), .float(0.5), .string(" "), .list([.null]), .map(["k": .null]),
    ]
    for v in truthy { #expect(v.isTruthy, "\(v.goTypeName) should be true") }
  }

  @Test func kindsAndTypeNames() {
    #expect(Value.null.goTypeName == "<nil>")
    #expect(Value.null.goKind == .invalid)
    #expect(Value.list([]).goTypeName == "[]interface {}")
    #expect(Value.float(1).goKind == .float64)
    #expect(Value.map(GoMap([:], goTypeName: "map[string]string")).goTypeName == "map[string]string")
  }

  @Test func keysSortBytewiseAsGoDoes() {
    let m = GoMap(["é": .null, "z": .null, "Z": .null, "a": .null, "ab": .null])
    #expect(m.sortedKeys == ["Z", "a", "ab", "z", "é"])
    #expect(m.bytewiseSortedKeys == m.sortedKeys)
    #expect(goStringLess("\u{FF}", "\u{100}"))
  }

  @Test func structFieldsKeepDeclarationOrder() {
    let m = GoMap.structFields(
      [("Major", .string("1")), ("Minor", .string("2"))], goTypeName: "version.Info")
    #expect(m.structFieldOrder == ["Major", "Minor"])
    #expect(m.goTypeName == "version.Info")
  }
}
