import Template
import Values

/// Sprig's network function `getHostByName`. Rendering is offline (as `helm template`
/// without a cluster), so no name is resolved and the result is "".
enum NetworkFunctions {
  static var table: FunctionTable {
    var t = FunctionTable()
    t.define("getHostByName", [.string]) { _ in .string("") }
    return t
  }
}
