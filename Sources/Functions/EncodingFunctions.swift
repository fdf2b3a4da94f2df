import GoLib
import Template
import Values

/// `b64enc`, `b64dec`, `b32enc`, `b32dec`. Decoding errors are returned as the result
/// text, as Sprig does.
enum EncodingFunctions {
  static var table: FunctionTable {
    var t = FunctionTable()
    t.define("b64enc", [.string]) { call in
      .string(GoBase64.encode(GoByteString.bytes(call.string(0))))
    }
    t.define("b32enc", [.string]) { call in
      .string(GoBaseEncoding.base32Encode(GoByteString.bytes(call.string(0))))
    }
    t.define("b64dec", [.string]) { call in
      switch Result(catching: { () throws(GoBase64.CorruptInput) in try GoBase64.decode(call.string(0)) }) {
      case .success(let bytes): return .string(GoStrings.fromBytes(bytes))
      case .failure(let e): return .string("illegal base64 data at input byte \(e.offset)")
      }
    }
    t.define("b32dec", [.string]) { call in
      switch GoBaseEncoding.base32Decode(call.string(0)) {
      case .success(let bytes): return .string(GoStrings.fromBytes(bytes))
      case .failure(let e): return .string("illegal base32 data at input byte \(e.offset)")
      }
    }
    return t
  }
}
