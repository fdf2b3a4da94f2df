import GoLib
import Template
import Values

/// Conversions (`int`, `int64`, `float64`, `atoi`, `toDecimal`) and reflection
/// (`kindOf`, `typeOf`, `kindIs`, `typeIs`, `typeIsLike`, `deepEqual`).
enum TypeFunctions {
  static var table: FunctionTable {
    var t = FunctionTable()
    t.define("int", [.any]) { call in .int(GoCast.toInt(call.value(0))) }
    t.define("int64", [.any]) { call in .int64(GoCast.toInt64(call.value(0))) }
    t.define("float64", [.any]) { call in .float(GoCast.toFloat64(call.value(0))) }
    t.define("atoi", [.string]) { call in .int(GoStrconvParsing.atoi(call.string(0))) }
    t.define("toDecimal", [.any]) { call in
      guard let (v, overflow) = GoStrconvParsing.parseInt(GoFormatter.formatV(call.value(0)), base: 8),
        !overflow
      else {
        return .int64(0)
      }
      return .int64(v)
    }
    t.define("kindOf", [.any]) { call in .string(call.value(0).goKind.rawValue) }
    t.define("typeOf", [.any]) { call in .string(call.value(0).goTypeName) }
    t.define("kindIs", [.string, .any]) { call in .bool(call.value(1).goKind.rawValue == call.string(0)) }
    t.define("typeIs", [.string, .any]) { call in .bool(call.value(1).goTypeName == call.string(0)) }
    t.define("typeIsLike", [.string, .any]) { call in
      let (target, actual) = (call.string(0), call.value(1).goTypeName)
      return .bool(target == actual || "*" + target == actual)
    }
    t.define("deepEqual", [.any, .any]) { call in .bool(GoReflect.deepEqual(call.value(0), call.value(1))) }
    return t
  }
}
