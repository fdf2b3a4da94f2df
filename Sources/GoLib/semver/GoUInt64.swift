import Values

/// A Go `uint64`, as `(*semver.Version).Major` returns it: prints in decimal, `kindOf` says `uint64`.
public struct GoUInt64: GoObject, Equatable {
  public let value: UInt64
  public var unsignedIntegerValue: UInt64? { value }
  public init(_ value: UInt64) { self.value = value }
  public var goTypeName: String { "uint64" }
  public var goKind: GoKind { .uint64 }
  public var isTruthy: Bool { value != 0 }
  public func formatted(plus: Bool, sharp: Bool) -> String {
    sharp ? "0x" + String(value, radix: 16) : String(value)
  }
}

extension GoUInt64: GoJSONEncodable {
  public func goJSONValue() throws -> Value { jsonValue }
  public var jsonValue: Value {
    value <= UInt64(Int.max) ? .int(Int(value)) : .float(Double(value))
  }
}
