import CLibFuzzer
import Charts
import Foundation
import Functions
import Template

/// Every function name a chart template can call (Sprig, Helm's, `include`/`tpl`/`lookup`):
/// the parser refuses unknown names, so the fuzzer needs the real table to get past them.
let functions: FunctionTable = {
  var table = RenderEngine().baseFunctions
  table.merge(HelmFunctions.engineFunctions())
  return table
}()

/// One input parsed as a chart template file into a fresh template set (lexer, parser,
/// `define` blocks). Parse errors are expected; a trap or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let set = TemplateSet(functions: functions)
  try? set.parse(name: "fuzz/templates/t.yaml", text: text)
  return 0
}

exit(chartc_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { fuzzOneInput($0, $1) })
