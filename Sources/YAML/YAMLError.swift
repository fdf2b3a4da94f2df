/// A YAML failure with Helm's exact message text and, when known, the 1-based line it
/// points at (the `line N:` go-yaml prints, or a node's line for manifest errors).
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The full message as Helm prints it (without outer prefixes such as `cannot load values.yaml: `).
  public var message: String
  /// The 1-based line go-yaml reported, if any.
  public var line: Int?

  public init(_ message: String, line: Int? = nil) {
    self.message = message
    self.line = line
  }

  public var description: String { message }
}

/// A value Go's `encoding/json` marshals in its own way (structs with JSON tags, typed
/// wrappers). Objects adopting it are written by `toYaml`/`toJson` through `jsonValue`.
public protocol GoJSONRepresentable {
  /// The plain value (maps, lists, strings, numbers) Go's `json.Marshal` would produce.
  var jsonValue: Value { get }
}

import Values
