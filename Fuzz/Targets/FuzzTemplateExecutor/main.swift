import CLibFuzzer
import Charts
import EvalProtocol
import Foundation
import Values

/// The chart values every input renders against (a values file, so YAML 1.1 rules apply).
let chartValues = """
  name: demo
  replicas: 3
  enabled: true
  empty: ""
  nothing: null
  ratio: 1.5
  image:
    repository: nginx
    tag: "1.25"
  list: [a, b, c]
  ports:
    - name: http
      port: 80
  nested: {a: {b: {c: 1}}}
  """

/// Helpers each input can `include` or `template`.
let helpers = """
  {{- define "demo.name" -}}{{ .Chart.Name | trunc 63 | trimSuffix "-" }}{{- end }}
  {{- define "demo.labels" -}}
  app: {{ include "demo.name" . }}
  release: {{ .Release.Name }}
  {{- end }}
  """

let renderer = ChartRenderer()

/// One input rendered as `templates/t.yaml` of a small chart with fixed values, through the
/// path of `chartc eval` and `chartc render` (loader, values, engine with Sprig and Helm's
/// functions). Template errors are expected; a trap, a hang or unbounded memory is a finding
/// (libFuzzer's `-timeout` and `-rss_limit_mb` are the time and size bounds).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let userValues = GoMap(["user": .string("alice"), "count": .float(2), "tags": .list([.string("x")])])
  let json = GoMap([
    "template": .string(text), "chart_values": .string(chartValues), "helpers": .string(helpers),
    "values": .map(userValues),
  ])
  guard let evalCase = try? OracleEvalCase(json: .map(json)) else { return 0 }
  _ = evalCase.run(with: renderer)
  return 0
}

exit(chartc_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { fuzzOneInput($0, $1) })
