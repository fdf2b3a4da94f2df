import CLibFuzzer
import Foundation
import YAML

/// One input read as a values file (`ValuesReader`, Helm's values decoding) and as a manifest
/// stream (`ManifestReader`, each document decoded to a value). Errors are expected; a trap,
/// a hang or unbounded memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  _ = try? ValuesReader.read(text)
  for document in (try? ManifestReader.read(text)) ?? [] {
    _ = try? document.value()
  }
  return 0
}

exit(chartc_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { fuzzOneInput($0, $1) })
