import GoLib
import Values

/// JSON decoding for test fixtures.
enum GoJSONBridge {
  static func decode(_ text: String) throws -> Value { try GoJSON.decode(text) }
}
