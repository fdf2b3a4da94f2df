import Checking
import Values
import YAML

/// One Kubernetes object on one side of a diff: who it is, what it holds, and the template
/// that rendered it (empty when unknown, as for a stream read from a file).
public struct DiffDocument: Sendable {
  public var reference: ObjectReference
  public var value: Value
  /// The `# Source:` path of the document.
  public var template: String

  public init(reference: ObjectReference, value: Value, template: String = "") {
    self.reference = reference
    self.value = value
    self.template = template
  }

  /// The object of a render.
  public init(_ object: RenderedObject) {
    self.init(reference: object.reference, value: object.value, template: object.template)
  }

  /// The API group of the object (empty for the core group).
  public var group: String { reference.group }
}
