import Values

/// A Go slice with a concrete element type, such as Sprig's `[]string` results and
/// `.Files.GetBytes`'s `[]uint8`.
public struct TypedSlice: GoObject {
  public let elementType: String
  /// The elements as values; a `[]uint8` made from bytes boxes them only when asked.
  public var items: [Value] {
    switch storage {
    case .values(let values): return values
    case .bytes(let bytes): return bytes.map { .int(Int($0)) }
    }
  }
  /// The bytes of a `[]uint8` made with `bytes(_:)`, without boxing each one.
  public var byteItems: [UInt8]? {
    if case .bytes(let bytes) = storage { return bytes }
    return nil
  }

  private enum Storage: Sendable {
    case values([Value])
    case bytes([UInt8])
  }
  private let storage: Storage

  public init(elementType: String, items: [Value]) {
    self.elementType = elementType
    self.storage = .values(items)
  }

  /// A `[]string`.
  public static func strings(_ strings: [String]) -> Value {
    .object(TypedSlice(elementType: "string", items: strings.map { .string($0) }))
  }

  /// A `[]uint8` (Go's `[]byte`).
  public static func bytes<S: Sequence>(_ bytes: S) -> Value where S.Element == UInt8 {
    .object(TypedSlice(bytes: Array(bytes)))
  }

  private init(bytes: [UInt8]) {
    self.elementType = "uint8"
    self.storage = .bytes(bytes)
  }

  public var goTypeName: String { "[]" + elementType }
  public var goKind: GoKind { .slice }
  public var sliceItems: [Value]? { items }
  public var isTruthy: Bool {
    switch storage {
    case .values(let values): return !values.isEmpty
    case .bytes(let bytes): return !bytes.isEmpty
    }
  }

  public func formatted(plus: Bool, sharp: Bool) -> String {
    "[" + items.map { GoFormatter.formatV($0) }.joined(separator: " ") + "]"
  }
}
