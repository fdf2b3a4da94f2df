import Values

/// A Go slice with a concrete element type, such as Sprig's `[]string` results and
/// `.Files.GetBytes`'s `[]uint8`.
public struct TypedSlice: GoObject {
  public let elementType: String
  public let items: [Value]

  public init(elementType: String, items: [Value]) {
    self.elementType = elementType
    self.items = items
  }

  /// A `[]string`.
  public static func strings(_ strings: [String]) -> Value {
    .object(TypedSlice(elementType: "string", items: strings.map { .string($0) }))
  }

  /// A `[]uint8` (Go's `[]byte`).
  public static func bytes<S: Sequence>(_ bytes: S) -> Value where S.Element == UInt8 {
    .object(TypedSlice(elementType: "uint8", items: bytes.map { .int(Int($0)) }))
  }

  public var goTypeName: String { "[]" + elementType }
  public var goKind: GoKind { .slice }
  public var sliceItems: [Value]? { items }

  public func formatted(plus: Bool, sharp: Bool) -> String {
    "[" + items.map { GoFormatter.formatV($0) }.joined(separator: " ") + "]"
  }
}
