import Values

/// A JSON object read lazily: the text is checked and its members indexed once (each key
/// with the byte range of its value, no value built); a member's value is parsed the first
/// time it is asked for. Large bundled schema files are read this way, so a lookup parses
/// only the parts it needs. Not thread-safe: the registry uses it with its lock held.
final class IndexedJSONObject {
  /// The document's text, read in place (native, contiguous UTF-8).
  private let text: String
  private let ranges: [String: Range<Int>]
  /// The members of members that are objects, when indexed with the object.
  private let objects: [String: [String: Range<Int>]]
  /// How deep the object sits in its document (the nesting limit counts from the root).
  private let depth: Int
  private var parsed: [String: Value] = [:]

  /// The object `text` holds; nil when the document is not an object. Throws the syntax
  /// error `SchemaJSON.parse(text)` throws. With `indexingObjects`, the members of its
  /// members that are objects are indexed in the same pass (for `object(_:)`). With
  /// `checkingValues` false (a file chartc generates and ships), the innermost values indexed
  /// are measured, not checked: a value is checked when it is parsed, and one that does not
  /// parse reads as absent.
  convenience init?(text: String, indexingObjects: Bool = false, checkingValues: Bool = true)
    throws(SchemaJSON.SyntaxError)
  {
    var text = text
    text.makeContiguousUTF8()
    let found = try Self.withBytes(of: text) { bytes throws(SchemaJSON.SyntaxError) in
      try SchemaJSON.members(
        of: bytes, in: nil, depth: 0, indexingObjects: indexingObjects, checkingValues: checkingValues)
    }
    guard let found else { return nil }
    self.init(text: text, ranges: found.members, objects: found.objects, depth: 0)
  }

  private init(
    text: String, ranges: [String: Range<Int>], objects: [String: [String: Range<Int>]], depth: Int
  ) {
    self.text = text
    self.ranges = ranges
    self.objects = objects
    self.depth = depth
  }

  /// The member `key` as an indexed object itself; nil when absent or not an object.
  func object(_ key: String) -> IndexedJSONObject? {
    if let members = objects[key] {
      return IndexedJSONObject(text: text, ranges: members, objects: [:], depth: depth + 1)
    }
    guard let range = ranges[key],
      let found = try? Self.withBytes(
        of: text,
        { bytes throws(SchemaJSON.SyntaxError) in
          try SchemaJSON.members(of: bytes, in: range, depth: depth + 1, indexingObjects: false)
        })
    else { return nil }
    return IndexedJSONObject(text: text, ranges: found.members, objects: [:], depth: depth + 1)
  }

  /// The value of the member `key`, parsed on first use; nil when absent.
  subscript(key: String) -> Value? {
    if let known = parsed[key] { return known }
    // the whole text was checked when indexed: a member always parses
    guard let range = ranges[key],
      let value = try? Self.withBytes(
        of: text,
        { bytes throws(SchemaJSON.SyntaxError) in
          try SchemaJSON.parse(buffer: bytes, range: range, depth: depth + 1)
        })
    else { return nil }
    parsed[key] = value
    return value
  }

  /// Every key.
  var keys: Dictionary<String, Range<Int>>.Keys { ranges.keys }

  /// Runs `body` over the UTF-8 of `text` in place (a contiguous string's storage).
  private static func withBytes<R>(
    of text: String, _ body: (UnsafeBufferPointer<UInt8>) throws(SchemaJSON.SyntaxError) -> R
  ) throws(SchemaJSON.SyntaxError) -> R {
    let result = text.utf8.withContiguousStorageIfAvailable { bytes in
      Result { () throws(SchemaJSON.SyntaxError) -> R in try body(bytes) }
    }
    // `makeContiguousUTF8` made the storage contiguous; a copy is the fallback
    return try
      (result
      ?? Result { () throws(SchemaJSON.SyntaxError) -> R in
        try Array(text.utf8).withUnsafeBufferPointer { bytes throws(SchemaJSON.SyntaxError) in try body(bytes)
        }
      }).get()
  }
}
