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
      t.define("to" + suffix, [.any]) { call in .string((try? encode(call.value(0))) ?? "") }
      t.define("mustTo" + suffix, [.any]) { call in
        do {
          return .string(try encode(call.value(0)))
        } catch {
          throw FunctionError(message(of: error))
        }
      }
    }
    t.define("fromJson", [.string]) { call in
      let result = GoMap()
      do {
        switch try GoJSON.decode(call.string(0)) {
        case .map(let m): return .map(m)
        case .null: break
        case let other: result["Error"] = .string(typeError(other, "map[string]interface {}"))
        }
      } catch {
        result["Error"] = .string(message(of: error))
      }
      return .map(result)
    }
    t.define("fromJsonArray", [.string]) { call in
      do {
        switch try GoJSON.decode(call.string(0)) {
        case .list(let items): return .list(items)
        case .null: return .list([])
        case let other: return .list([.string(typeError(other, "[]interface {}"))])
        }
      } catch {
        return .list([.string(message(of: error))])
      }
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

  /// `json: cannot unmarshal array into Go value of type map[string]interface {}`.
  private static func typeError(_ v: Value, _ target: String) -> String {
    let kind: String
    switch v {
    case .map: kind = "object"
    case .list: kind = "array"
    case .string: kind = "string"
    case .bool: kind = "bool"
    default: kind = "number"
    }
    return "json: cannot unmarshal \(kind) into Go value of type \(target)"
  }

  private static func message(of error: any Error) -> String {
    if let e = error as? GoJSONError { return e.message }
    return "\(error)"
  }
}
