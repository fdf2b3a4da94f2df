import Template
import Values

/// Helm's `toToml`, `mustToToml` and `fromToml` (BurntSushi/toml v1.6): `toToml` returns
/// the error text instead of failing; `fromToml` puts it under an `Error` key.
enum TOMLFunctions {
  static var table: FunctionTable {
    var t = FunctionTable()
    t.define("toToml", [.any]) { call in
      do {
        return .string(try TOMLEncoder.encode(call.value(0)))
      } catch let e as TOMLEncoder.EncodeError {
        if call.value(0).isNil { throw FunctionError(e.message) }
        return .string(e.message)
      }
    }
    t.define("mustToToml", [.any]) { call in
      do {
        return .string(try TOMLEncoder.encode(call.value(0)))
      } catch let e as TOMLEncoder.EncodeError {
        throw FunctionError(e.message)
      }
    }
    t.define("fromToml", [.string]) { call in
      do {
        return .map(try TOMLDecoder.decode(call.string(0)))
      } catch let e as TOMLDecoder.DecodeError {
        return .map(["Error": .string(e.message)])
      }
    }
    return t
  }
}
