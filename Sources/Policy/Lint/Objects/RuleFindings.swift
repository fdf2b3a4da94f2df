import Checking

extension LintRule {
  /// A finding of this rule about `object`, at the field `pointer` and its template line.
  func finding(_ message: String, on object: RenderedObject, at pointer: String = "") -> Finding {
    Finding(
      rule: id, severity: severity, message: message, object: object.reference,
      path: pointer.isEmpty ? nil : pointer,
      place: pointer.isEmpty ? object.place : object.place(ofPointer: pointer))
  }
}
