import ArgumentParser
import Charts
import Foundation

/// Helm's value and target flags, shared by `chartc render` and `chartc bench`.
struct ValueFlags: ParsableArguments {
  @Option(name: [.customShort("f"), .long], help: "Specify values in a YAML file (can specify multiple).")
  var values: [String] = []

  @OptionGroup var setFlags: SetFlags

  @Option(name: [.customShort("n"), .long], help: "Namespace scope for this request.")
  var namespace: String = "default"

  @Option(name: .customLong("kube-version"), help: "Kubernetes version used for Capabilities.KubeVersion.")
  var kubeVersion: String?

  /// Fills the request's values, namespace and Kubernetes version from the flags.
  func apply(to request: inout RenderRequest) {
    request.namespace = namespace
    request.valueFiles = values.flatMap { $0.split(separator: ",").map(String.init) }
    request.valueExpressions = setFlags.expressions
    request.kubeVersion = kubeVersion
    if request.valueFiles.contains("-") {
      request.standardInput = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
  }
}

/// Helm's `--set` family, in the order Helm applies them.
struct SetFlags: ParsableArguments {
  @Option(
    name: .customLong("set"),
    help:
      "Set values on the command line (can specify multiple or separate values with commas: key1=val1,key2=val2)."
  )
  var set: [String] = []

  @Option(
    name: .customLong("set-string"),
    help:
      "Set STRING values on the command line (can specify multiple or separate values with commas: key1=val1,key2=val2)."
  )
  var setString: [String] = []

  @Option(
    name: .customLong("set-file"),
    help:
      "Set values from respective files specified via the command line (can specify multiple or separate values with commas: key1=path1,key2=path2)."
  )
  var setFile: [String] = []

  @Option(
    name: .customLong("set-json"),
    help:
      "Set JSON values on the command line (can specify multiple or separate values with commas: key1=jsonval1,key2=jsonval2 or using json format: {\"key1\": jsonval1, \"key2\": \"jsonval2\"})."
  )
  var setJSON: [String] = []

  @Option(name: .customLong("set-literal"), help: "Set a literal STRING value on the command line.")
  var setLiteral: [String] = []

  /// Every expression, tagged with its flag, in Helm's order of application.
  var expressions: [ValueExpression] {
    setJSON.map { ValueExpression(.json, $0) } + set.map { ValueExpression(.set, $0) }
      + setString.map { ValueExpression(.string, $0) } + setFile.map { ValueExpression(.file, $0) }
      + setLiteral.map { ValueExpression(.literal, $0) }
  }
}
