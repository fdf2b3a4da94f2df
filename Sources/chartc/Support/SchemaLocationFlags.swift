import Foundation
import Synchronization
import Validation

/// `--schema-location`, and the schema registry every schema check of the CLI uses: the
/// bundled schemas (`$CHARTC_SCHEMAS`, beside an installed binary, or the source checkout)
/// plus the extra folders.
struct SchemaLocationFlags {
  /// The flag, as declared to the parser.
  enum Option {
    static let schemaLocation = OptionSpec.repeatable(
      "schema-location",
      help: "Folder of extra schemas, named as kubeconform names them (can specify multiple)."
    ).completingPaths
  }

  static let options = [Option.schemaLocation]

  var schemaLocations: [String]

  init(_ parsed: ParsedArguments) {
    schemaLocations = parsed.values(Option.schemaLocation)
  }

  /// A registry over the bundled schemas and the `--schema-location` folders (each must exist).
  func makeRegistry() throws -> SchemaRegistry {
    guard
      let bundled = SchemaRegistry.locateBundledPath(
        override: EnvironmentVariable.value("CHARTC_SCHEMAS"),
        executablePath: ExecutableLocation.path)
    else {
      throw CommandFailure("cannot find chartc's bundled schemas (set CHARTC_SCHEMAS to the schemas/ folder)")
    }
    for location in schemaLocations {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: location, isDirectory: &isDirectory), isDirectory.boolValue
      else {
        throw CommandFailure("--schema-location \(location): no such directory")
      }
    }
    let registry = SchemaRegistry(path: bundled, schemaLocationPaths: schemaLocations)
    Self.kept.withLock { $0.append(registry) }
    return registry
  }

  /// The registries this process made, kept until it exits: a command makes one, and
  /// tearing down its compiled schemas (a node table per Kubernetes version, every CRD) is
  /// work the exit does for free (`chartc validate` over a fifth of the corpus render: 25 M
  /// instructions).
  private static let kept = Mutex<[SchemaRegistry]>([])
}
