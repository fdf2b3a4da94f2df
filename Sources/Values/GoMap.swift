/// A Go map with string keys, shared by reference.
///
/// Go maps are references: Sprig's `set`, `unset` and `merge` mutate the map every holder
/// sees, and charts depend on it (`$_ := set .Values "x" 1`). Iteration order in Go is
/// random; every printer here sorts keys explicitly (bytewise for `%v`, `range` and JSON,
/// YAML's natural order for `toYaml`). The class is not thread-safe: one render owns its
/// maps, as one goroutine does in Helm.
public final class GoMap: @unchecked Sendable {  // reason: Go maps are shared mutable references; one render owns its maps
  /// The Go type name: `map[string]interface {}`, `common.Values`, `map[string]string`...
  public var goTypeName: String
  /// The entries; absent and nil-valued keys are different, as in Go.
  public var storage: [String: Value]
  /// A nil map of the type (`Annotations` of a chart without any): prints `map[]`, but
  /// `encoding/json` writes `null`.
  public var isNilMap = false
  /// The key order of a Go struct this map stands for (`.Capabilities.KubeVersion`):
  /// `encoding/json` writes struct fields in declaration order, not sorted.
  public var structFieldOrder: [String]?

  public init(_ storage: [String: Value] = [:], goTypeName: String = "map[string]interface {}") {
    self.storage = storage
    self.goTypeName = goTypeName
  }

  public var count: Int { storage.count }

  public subscript(key: String) -> Value? {
    get { storage[key] }
    set { storage[key] = newValue }
  }

  /// Keys in Go's bytewise sort order (the order of `range`, `%v` and `encoding/json`).
  public var sortedKeys: [String] {
    storage.keys.sorted(by: goStringLess)
  }

  /// A recursive copy that shares nothing mutable with `self`.
  public func deepCopy() -> GoMap {
    // mapValues keeps the dictionary's layout: no key is hashed again
    let copy = GoMap(storage.mapValues { $0.deepCopy() }, goTypeName: goTypeName)
    copy.isNilMap = isNilMap
    copy.structFieldOrder = structFieldOrder
    return copy
  }
}

/// Go's string ordering: bytewise over UTF-8, which Swift's `<` on `String` is not.
@inlinable
public func goStringLess(_ a: String, _ b: String) -> Bool {
  if let answer = contiguousGoStringLess(a, b) { return answer }
  // Bytes that are not UTF-8 are carried as private-use scalars: compare the bytes Go holds.
  if GoByteString.mayHoldRawBytes(a) || GoByteString.mayHoldRawBytes(b) {
    return GoByteString.bytes(a).lexicographicallyPrecedes(GoByteString.bytes(b))
  }
  return a.utf8.lexicographicallyPrecedes(b.utf8)
}

/// `goStringLess` decided on the strings' bytes in place, up to their first difference: the
/// bytes before it are the same in both (so are the bytes Go holds for them), and where the
/// UTF-8 sequence that differs is not one that may carry a raw byte (lead byte 0xF3) the
/// bytes decide. nil when that sequence may carry one, or a string is not contiguous.
@usableFromInline
func contiguousGoStringLess(_ a: String, _ b: String) -> Bool? {
  a.utf8.withContiguousStorageIfAvailable { x in
    b.utf8.withContiguousStorageIfAvailable { y -> Bool? in
      let common = min(x.count, y.count)
      var i = 0
      while i < common && x[i] == y[i] { i += 1 }
      let differing = i
      // the lead byte of the sequence holding byte i, in either string (a constant captured:
      // a captured variable is an exclusivity check at run time on every call)
      func lead(_ s: UnsafeBufferPointer<UInt8>) -> UInt8? {
        var k = min(differing, s.count - 1)
        guard k >= 0 else { return nil }
        while k > 0 && s[k] & 0xC0 == 0x80 { k -= 1 }
        return s[k]
      }
      if lead(x) == 0xF3 || lead(y) == 0xF3 { return nil }
      if i == common { return x.count < y.count }
      return x[i] < y[i]
    } ?? nil
  } ?? nil
}

extension GoMap {
  /// A map standing for a Go struct: `fields` in declaration order.
  public static func structFields(_ fields: [(String, Value)], goTypeName: String) -> GoMap {
    let m = GoMap(Dictionary(fields, uniquingKeysWith: { _, last in last }), goTypeName: goTypeName)
    m.structFieldOrder = fields.map(\.0)
    return m
  }
}
