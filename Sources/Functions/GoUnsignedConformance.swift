import GoLib
import Values

extension GoUInt64: GoUnsignedInteger {
  public var unsignedValue: UInt64 { value }
}
