import Values

/// A JSON object read lazily: the text is checked and its members indexed once (each key
/// with the byte range of its value, no value built); a member's value is parsed the first
/// time it is asked for. Large bundled schema files are read this way, so a lookup parses
/// only the parts it needs. Not thread-safe: the registry uses it with its lock held.
final class IndexedJSONObject {
  private let bytes: [UInt8]
  private let ranges: [String: Range<Int>]
  /// How deep the object sits in its document (the nesting limit counts from the root).
  private let depth: Int
  /// The members of members that are objects, when indexed with the object.
  private let objects: [String: [String: Range<Int>]]
  private var parsed: [String: Value] = [:]

  /// The object `text` holds; nil when the document is not an object. Throws the syntax
  /// error `SchemaJSON.parse(text)` throws. With `indexingObjects`, the members of its
  /// members that are objects are indexed in the same pass (for `object(_:)`).
  convenience init?(text: String, indexingObjects: Bool = false) throws(SchemaJSON.SyntaxError) {
    let bytes = Array(text.utf8)
    guard let found = try SchemaJSON.members(of: bytes, in: nil, depth: 0, indexingObjects: indexingObjects)
    else { return nil }
    self.init(bytes: bytes, ranges: found.members, objects: found.objects, depth: 0)
  }

  private init(
    bytes: [UInt8], ranges: [String: Range<Int>], objects: [String: [String: Range<Int>]], depth: Int
  ) {
    self.bytes = bytes
    self.ranges = ranges
    self.objects = objects
    self.depth = depth
  }

  /// The member `key` as an indexed object itself; nil when absent or not an object.
  func object(_ key: String) -> IndexedJSONObject? {
    if let members = objects[key] {
      return IndexedJSONObject(bytes: bytes, ranges: members, objects: [:], depth: depth + 1)
    }
    guard let range = ranges[key],
      let members = try? SchemaJSON.members(of: bytes, in: range, depth: depth + 1)
    else { return nil }
    return IndexedJSONObject(bytes: bytes, ranges: members, objects: [:], depth: depth + 1)
  }

  /// The value of the member `key`, parsed on first use; nil when absent.
  subscript(key: String) -> Value? {
    if let known = parsed[key] { return known }
    // the whole text was checked when indexed: a member always parses
    guard let range = ranges[key],
      let value = try? SchemaJSON.parse(bytes: bytes, range: range, depth: depth + 1)
    else { return nil }
    parsed[key] = value
    return value
  }

  /// Every key.
  var keys: Dictionary<String, Range<Int>>.Keys { ranges.keys }
}
