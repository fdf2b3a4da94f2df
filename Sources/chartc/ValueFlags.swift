import Charts
import Foundation

/// Helm's value and target flags, shared by `chartc render`, `bench`, `lint`, `budget` and `diff`.
struct ValueFlags {
  /// The flags, as declared to the parser.
  enum Option {
    static let values = OptionSpec.repeatable(
      "values", short: "f", help: "Specify values in a YAML file (can specify multiple)."
    ).completingPaths
    static let namespace = OptionSpec.single(
      "namespace", short: "n", help: "Namespace scope for this request.", default: "default")
    static let kubeVersion = OptionSpec.single(
      "kube-version", help: "Kubernetes version used for Capabilities.KubeVersion.")
  }

  static let options = [Option.values] + SetFlags.options + [Option.namespace, Option.kubeVersion]

  var values: [String]
  var setFlags: SetFlags
  var namespace: String
  var kubeVersion: String?

  init(_ parsed: ParsedArguments) {
    values = parsed.values(Option.values)
    setFlags = SetFlags(parsed)
    namespace = parsed.value(Option.namespace) ?? "default"
    kubeVersion = parsed.value(Option.kubeVersion)
  }

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
struct SetFlags {
  /// The flags, as declared to the parser.
  enum Option {
    static let set = OptionSpec.repeatable(
      "set",
      help:
        "Set values on the command line (can specify multiple or separate values with commas: key1=val1,key2=val2)."
    )
    static let setString = OptionSpec.repeatable(
      "set-string",
      help:
        "Set STRING values on the command line (can specify multiple or separate values with commas: key1=val1,key2=val2)."
    )
    static let setFile = OptionSpec.repeatable(
      "set-file",
      help:
        "Set values from respective files specified via the command line (can specify multiple or separate values with commas: key1=path1,key2=path2)."
    )
    static let setJSON = OptionSpec.repeatable(
      "set-json",
      help:
        "Set JSON values on the command line (can specify multiple or separate values with commas: key1=jsonval1,key2=jsonval2 or using json format: {\"key1\": jsonval1, \"key2\": \"jsonval2\"})."
    )
    static let setLiteral = OptionSpec.repeatable(
      "set-literal", help: "Set a literal STRING value on the command line.")
  }

  static let options = [Option.set, Option.setString, Option.setFile, Option.setJSON, Option.setLiteral]

  var set: [String]
  var setString: [String]
  var setFile: [String]
  var setJSON: [String]
  var setLiteral: [String]

  init(_ parsed: ParsedArguments) {
    set = parsed.values(Option.set)
    setString = parsed.values(Option.setString)
    setFile = parsed.values(Option.setFile)
    setJSON = parsed.values(Option.setJSON)
    setLiteral = parsed.values(Option.setLiteral)
  }

  /// Every expression, tagged with its flag, in Helm's order of application.
  var expressions: [ValueExpression] {
    setJSON.map { ValueExpression(.json, $0) } + set.map { ValueExpression(.set, $0) }
      + setString.map { ValueExpression(.string, $0) } + setFile.map { ValueExpression(.file, $0) }
      + setLiteral.map { ValueExpression(.literal, $0) }
  }
}
