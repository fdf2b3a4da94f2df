import GoLib
import Template
import Values

/// The JSON functions a Helm v4 template sees: Helm's own `toJson`, `mustToJson`,
/// `fromJson` and `fromJsonArray` (which replace Sprig's: decoding errors come back inside
/// the result), and Sprig's `toPrettyJson`, `toRawJson`, `mustFromJson` and `must` forms.
enum JSONFunctions {
  static var table: FunctionTable {
    var t = FunctionTable()
    let encoders: [(String, @Sendable (Value) throws -> String)] = [
      ("Json", { try GoJSON.encode($0) }),
      ("PrettyJson", { try GoJSON.encodeIndented($0) }),
      ("RawJson", { try GoJSON.encode($0, escapeHTML: false) }),
    ]
    for (suffix, encode) in encoders {
      if suffix == "RawJson" {
        // Sprig's toRawJson panics on an encoding error; text/template reports the panic.
        t.define("toRawJson", [.any]) { call in
          do {
            return .string(try encode(call.value(0)))
          } catch {
            throw FunctionError(message(of: error))
          }
        }
      } else {
        t.define("to" + suffix, [.any]) { call in .string((try? encode(call.value(0))) ?? "") }
      }
      t.define("mustTo" + suffix, [.any]) { call in
        do {
          return .string(try encode(call.value(0)))
        } catch {
          throw FunctionError(message(of: error))
        }
      }
    }
    t.define("fromJson", [.string]) { call in
      let (map, error) = GoJSON.unmarshalObject(call.string(0))
      let result: GoMap
      if let map {
        result = map
      } else {
        result = GoMap()
        result.isNilMap = true
      }
      if let error { result["Error"] = .string(error.message) }
      return .map(result)
    }
    t.define("fromJsonArray", [.string]) { call in
      let (list, error) = GoJSON.unmarshalArray(call.string(0))
      if let error { return .list([.string(error.message)]) }
      return .list(list ?? [])
    }
    t.define("mustFromJson", [.string]) { call in
      do {
        return try GoJSON.decode(call.string(0))
      } catch {
        throw FunctionError(message(of: error))
      }
    }
    return t
  }

  private static func message(of error: any Error) -> String {
    if let e = error as? GoJSONError { return e.message }
    return "\(error)"
  }
}
