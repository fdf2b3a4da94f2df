/// Go's `strings.Join` on an array of `String`s: the standard library's `joined(separator:)`
/// is generic code whose first run in a process has the runtime look up an associated type
/// by scanning the binary's conformance table (0.3 M instructions, a tenth of a small
/// `validate`); this is concrete.
public enum GoJoin {
  public static func join(_ elements: [String], _ separator: String) -> String {
    guard var out = elements.first else { return "" }
    for element in elements.dropFirst() {
      out.append(separator)
      out.append(element)
    }
    return out
  }
}
