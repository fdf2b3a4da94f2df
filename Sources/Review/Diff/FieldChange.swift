import Values

/// One field that differs between the old and the new object: its path and both values
/// (nil where the field is absent). An order-only change of a list holds the identities of
/// its items in the old and the new order.
public struct FieldChange: Sendable {
  public var path: FieldPath
  public var old: Value?
  public var new: Value?
  /// The list holds the same items in another order.
  public var isOrderOnly: Bool

  public init(path: FieldPath, old: Value?, new: Value?, isOrderOnly: Bool = false) {
    self.path = path
    self.old = old
    self.new = new
    self.isOrderOnly = isOrderOnly
  }
}
