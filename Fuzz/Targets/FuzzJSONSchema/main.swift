import CLibFuzzer
import Foundation
import Validation

/// One input as a JSON schema and an instance, separated by the first NUL byte (no NUL: the
/// schema alone, validated against itself). The schema is compiled both as a plain schema
/// (its `$schema`, draft 2020-12 by default) and as a chart's `values.schema.json` text
/// (`HelmValuesSchema.compile(text:)`: Go's JSON errors, the metaschema check, Helm's
/// options); the instance is validated against each. Errors are expected; a trap, a hang or
/// unbounded memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let cut = bytes.firstIndex(of: 0) ?? bytes.endIndex
  let schemaText = String(decoding: bytes[..<cut], as: UTF8.self)
  let instanceText = cut < bytes.endIndex ? String(decoding: bytes[(cut + 1)...], as: UTF8.self) : schemaText
  guard let schema = try? SchemaJSON.parse(schemaText) else { return 0 }
  let instance = (try? SchemaJSON.parse(instanceText)) ?? .string(instanceText)
  if let compiled = try? CompiledSchema(schema) {
    _ = compiled.validate(instance)
  }
  if let compiled = try? HelmValuesSchema.compile(text: schemaText) {
    _ = compiled.validate(instance)
  }
  return 0
}

exit(chartc_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { fuzzOneInput($0, $1) })
