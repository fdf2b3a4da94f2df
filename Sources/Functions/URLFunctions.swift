import Template
import Values

/// `urlParse` and `urlJoin`.
enum URLFunctions {
  static var table: FunctionTable {
    var t = FunctionTable()
    t.define("urlParse", [.string]) { call in
      let url: GoURL
      do {
        url = try GoURL.parse(call.string(0))
      } catch let e as GoURL.ParseError {
        throw FunctionError("unable to parse url: \(e.message)")
      }
      return .map([
        "scheme": .string(url.scheme), "host": .string(url.host), "hostname": .string(url.hostname),
        "path": .string(url.path), "query": .string(url.rawQuery), "opaque": .string(url.opaque),
        "fragment": .string(url.fragment), "userinfo": .string(url.userinfoString),
      ])
    }
    t.define("urlJoin", [.map]) { call in
      let d = call.map(0)
      func field(_ key: String) throws -> String {
        guard let d, let v = d[key] else { return "" }
        switch v {
        case .string(let s): return s
        case .null: throw FunctionErrors.nilDereference
        default:
          throw FunctionError("unable to parse \(key) key, must be of type string, but \(v.kindName) found")
        }
      }
      var url = GoURL()
      url.scheme = try field("scheme")
      url.host = try field("host")
      url.path = try field("path")
      url.rawQuery = try field("query")
      url.opaque = try field("opaque")
      url.fragment = try field("fragment")
      let userinfo = try field("userinfo")
      if !userinfo.isEmpty {
        do {
          url.user = try GoURL.parse("proto://\(userinfo)@host").user
        } catch let e as GoURL.ParseError {
          throw FunctionError("unable to parse userinfo in dict: \(e.message)")
        }
      }
      return .string(url.string)
    }
    return t
  }
}
