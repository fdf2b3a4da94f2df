import GoLib
import Template
import Values

/// Helm's TOML functions (pkg/engine/funcs.go), over BurntSushi/toml v1.6.0:
/// `toToml` returns the encoder's error text in place of the document, `mustToToml`
/// fails with it, `fromToml` returns a map whose `Error` key holds a parse error.
/// A nil document is a Go panic in the encoder and fails both encoders.
enum TOMLFunctions {
  static var table: FunctionTable {
    var t = FunctionTable()
    t.define("toToml", [.any]) { call in
      do throws(TOMLEncodeFailure) {
        return .string(try TOMLEncoder.encode(call.value(0)))
      } catch {
        if case .panic(let message) = error { throw FunctionError(message) }
        return .string(error.message)
      }
    }
    t.define("mustToToml", [.any]) { call in
      do throws(TOMLEncodeFailure) {
        return .string(try TOMLEncoder.encode(call.value(0)))
      } catch {
        throw FunctionError(error.message)
      }
    }
    t.define("fromToml", [.string]) { call in .map(fromToml(call.string(0))) }
    return t
  }

  /// `fromToml`: the decoded document, or a map holding only `Error`.
  static func fromToml(_ text: String) -> GoMap {
    do {
      return try TOMLParser.parse(text)
    } catch {
      return GoMap(["Error": .string(error.text)])
    }
  }
}
