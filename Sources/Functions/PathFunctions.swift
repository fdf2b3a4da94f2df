import Template
import Values

/// `base`, `dir`, `clean`, `ext`, `isAbs` and their `os*` forms (identical on Linux).
enum PathFunctions {
  static var table: FunctionTable {
    var t = FunctionTable()
    for prefix in ["", "os"] {
      func name(_ n: String) -> String {
        prefix.isEmpty ? n : prefix + n.prefix(1).uppercased() + String(n.dropFirst())
      }
      t.define(name("base"), [.string]) { call in .string(GoPath.base(call.string(0))) }
      t.define(name("dir"), [.string]) { call in .string(GoPath.dir(call.string(0))) }
      t.define(name("clean"), [.string]) { call in .string(GoPath.clean(call.string(0))) }
      t.define(name("ext"), [.string]) { call in .string(GoPath.ext(call.string(0))) }
      t.define(name("isAbs"), [.string]) { call in .bool(GoPath.isAbs(call.string(0))) }
    }
    return t
  }
}
