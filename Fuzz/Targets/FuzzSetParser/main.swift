import CLibFuzzer
import Charts
import Foundation
import Values

/// One input as value flags, merged as Helm merges them (`UserValueFlags.merge`): the first
/// byte picks the flag (`j` --set-json, `S` --set-string, `f` --set-file, `l` --set-literal,
/// anything else --set, that byte included), each following line is one flag's argument.
/// Parse errors are expected; a trap, a hang or unbounded memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  guard let first = bytes.first else { return 0 }
  let flag = Character(Unicode.Scalar(first))
  let body = "jSfl".contains(flag) ? bytes.dropFirst() : bytes[...]
  let arguments = String(decoding: body, as: UTF8.self).split(
    separator: "\n", omittingEmptySubsequences: false
  )
  .map(String.init)
  var flags = UserValueFlags()
  switch flag {
  case "j": flags.jsonValues = arguments
  case "S": flags.stringValues = arguments
  case "f": flags.fileValues = arguments
  case "l": flags.literalValues = arguments
  default: flags.values = arguments
  }
  _ = try? flags.merge(
    fileReader: { path in .string("content of " + path) },
    jsonDecoder: SetParser.decodeJSONPrefix)
  return 0
}

exit(chartc_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { fuzzOneInput($0, $1) })
