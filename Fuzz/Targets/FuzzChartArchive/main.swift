import CLibFuzzer
import Charts
import Foundation

/// One input as a chart archive (`.tgz`): inflated and untarred with Helm's path checks and
/// size limits (`ChartArchive.read`), then loaded as a chart (`Chart.yaml`, values, templates,
/// subcharts). Load errors are expected; a trap, a hang or unbounded memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let files = try? ChartArchive.read(bytes) else { return 0 }
  _ = try? ChartLoader.load(files: files)
  return 0
}

exit(chartc_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { fuzzOneInput($0, $1) })
