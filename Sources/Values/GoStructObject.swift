/// A Go struct whose exported fields a template reads by name (`.Cert`, `.KubeVersion`):
/// `member(named:)` comes from the list of fields.
public protocol GoStructObject: GoObject {
  /// The exported fields, in declaration order.
  var goFields: [(name: String, value: Value)] { get }
}

extension GoStructObject {
  public func member(named name: String) -> GoMember? {
    goFields.first { $0.name == name }.map { .field($0.value) }
  }
}
