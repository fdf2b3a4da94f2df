/// A function's name as a template calls it, hashed once when the template is parsed: the
/// executor looks a called function up by it on every call, and hashing the name's bytes
/// each time cost more than the lookup itself.
public struct FunctionName: Hashable, Sendable {
  /// The name as written.
  public let text: String
  private let hash: Int

  public init(_ text: String) {
    self.text = text
    hash = text.hashValue
  }

  public static func == (a: FunctionName, b: FunctionName) -> Bool { a.hash == b.hash && a.text == b.text }

  public func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
