import Checking

extension LintRule {
  /// A finding of this rule about `object`, at the field `pointer` and its template line.
  func finding(_ message: String, on object: RenderedObject, at pointer: String = "") -> Finding {
    Finding(
      rule: id, severity: severity, message: message, object: object.reference,
      path: pointer.isEmpty ? nil : pointer,
      place: pointer.isEmpty ? object.place : object.place(ofPointer: pointer))
  }

  /// The finding of a problem a check found in `object`.
  func finding(_ problem: Problem, on object: RenderedObject) -> Finding {
    var f = finding(problem.message, on: object, at: problem.pointer)
    if let severity = problem.severity { f.severity = severity }
    return f
  }
}
