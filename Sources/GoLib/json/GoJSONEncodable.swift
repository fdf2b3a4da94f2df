import Values

/// A Go object with its own JSON form, as a Go type with `MarshalJSON` or exported fields
/// has (`.Capabilities`, `*semver.Version`, `time.Time`...).
///
/// `GoJSON.encode` calls `goJSONValue()` and encodes the returned value in its place
/// (a map for a struct, a string for a `MarshalText` type, and so on).
public protocol GoJSONEncodable {
  /// The value whose JSON encoding is this object's encoding.
  func goJSONValue() throws -> Value
}

/// An `encoding/json` failure, with Go's message (`json: unsupported value: NaN`,
/// `invalid character 'x' looking for beginning of value`, `unexpected end of JSON input`).
public struct GoJSONError: Error, Equatable, Sendable, CustomStringConvertible {
  public let message: String
  /// Byte offset in the input, for decoding errors (Go's `SyntaxError.Offset`).
  public let offset: Int

  public init(_ message: String, offset: Int = 0) {
    self.message = message
    self.offset = offset
  }

  public var description: String { message }
}
