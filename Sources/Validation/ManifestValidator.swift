import Foundation
import GoLib
import Values

/// One decoded manifest document to validate.
public struct ManifestResource: Sendable {
  /// File name (or `stdin`, or the template path for a render).
  public var source: String
  /// Index of the document in its stream (0-based).
  public var documentIndex: Int
  /// The decoded object (`.null` for an empty document).
  public var object: Value

  public init(source: String, documentIndex: Int, object: Value) {
    self.source = source
    self.documentIndex = documentIndex
    self.object = object
  }
}

/// A validation error in a manifest: where (JSON pointer into the object) and what.
public struct ManifestError: Sendable, Equatable {
  /// JSON pointer to the offending field, e.g. `/spec/replicas`.
  public var path: String
  /// The failing keyword (`type`, `required`, `additionalProperties`, ...; `schema` for lookup errors).
  public var keyword: String
  /// The message, e.g. `got string, want integer`.
  public var message: String
  /// Where the field came from (`templates/deployment.yaml:12`), filled by callers that know.
  public var sourceLocation: String?

  public init(path: String, keyword: String, message: String, sourceLocation: String? = nil) {
    self.path = path
    self.keyword = keyword
    self.message = message
    self.sourceLocation = sourceLocation
  }
}

/// The outcome for one resource, like kubeconform's `Result`.
public struct ManifestResult: Sendable {
  /// kubeconform's statuses.
  public enum Status: String, Sendable {
    case valid, invalid, error, skipped, empty
  }

  public var source: String
  public var documentIndex: Int
  public var apiVersion: String
  public var kind: String
  public var name: String
  public var namespace: String
  public var status: Status
  public var errors: [ManifestError]

  public init(
    source: String, documentIndex: Int, apiVersion: String, kind: String, name: String, namespace: String,
    status: Status, errors: [ManifestError]
  ) {
    self.source = source
    self.documentIndex = documentIndex
    self.apiVersion = apiVersion
    self.kind = kind
    self.name = name
    self.namespace = namespace
    self.status = status
    self.errors = errors
  }

  /// `Kind/namespace/name` (namespace omitted when empty).
  public var resourceName: String {
    [kind, namespace, name].filter { !$0.isEmpty }.joined(separator: "/")
  }
}

/// Counts over a set of results.
public struct ManifestSummary: Sendable, Equatable {
  /// The distinct sources (files, `stdin`) the results came from.
  public var files = 0
  public var resources = 0
  public var valid = 0
  public var invalid = 0
  public var errors = 0
  public var skipped = 0

  public init(_ results: [ManifestResult]) {
    files = Set(results.map(\.source)).count
    for r in results {
      switch r.status {
      case .valid: valid += 1
      case .invalid: invalid += 1
      case .error: errors += 1
      case .skipped: skipped += 1
      case .empty: continue
      }
      resources += 1
    }
  }
}

/// How manifests are validated.
public struct ManifestValidationOptions: Sendable {
  /// Target Kubernetes version (`1.36.0`, `v1.33`).
  public var kubeVersion: String
  /// Refuse fields the schema does not declare.
  public var strict: Bool
  /// Skip, rather than fail, resources whose kind has no schema.
  public var ignoreMissingSchemas: Bool
  /// Kinds to skip: `Kind` or `apiVersion/Kind` (kubeconform's `-skip`).
  public var skipKinds: Set<String>
  /// Use the CustomResourceDefinitions found among the validated resources for the custom
  /// resources of the same stream (as a cluster would after applying them).
  public var useCRDsFromInput: Bool = true

  public init(
    kubeVersion: String = "1.36.0", strict: Bool = false, ignoreMissingSchemas: Bool = false,
    skipKinds: Set<String> = []
  ) {
    self.kubeVersion = kubeVersion
    self.strict = strict
    self.ignoreMissingSchemas = ignoreMissingSchemas
    self.skipKinds = skipKinds
  }
}

/// Validates Kubernetes objects against the schema of their kind, like kubeconform.
public struct ManifestValidator: Sendable {
  public let registry: SchemaRegistry
  public let options: ManifestValidationOptions

  public init(registry: SchemaRegistry, options: ManifestValidationOptions = ManifestValidationOptions()) {
    self.registry = registry
    self.options = options
  }

  /// Validates one resource.
  public func validate(_ resource: ManifestResource) -> ManifestResult {
    validate(resource, expandLists: true)
  }

  private func validate(_ resource: ManifestResource, expandLists: Bool) -> ManifestResult {
    var result = ManifestResult(
      source: resource.source, documentIndex: resource.documentIndex, apiVersion: "", kind: "", name: "",
      namespace: "",
      status: .valid, errors: [])
    guard case .map(let object) = resource.object else {
      if case .null = resource.object {
        result.status = .empty
      } else {
        result.status = .error
        result.errors = [ManifestError(path: "", keyword: "schema", message: "document is not an object")]
      }
      return result
    }
    if object.count == 0 {
      result.status = .empty
      return result
    }
    result.apiVersion = object["apiVersion"]?.stringValue ?? ""
    result.kind = object["kind"]?.stringValue ?? ""
    if let meta = object["metadata"]?.mapValue {
      result.name = meta["name"]?.stringValue ?? meta["generateName"]?.stringValue ?? ""
      result.namespace = meta["namespace"]?.stringValue ?? ""
    }
    if result.kind.isEmpty {
      result.status = .error
      result.errors = [ManifestError(path: "/kind", keyword: "schema", message: "missing 'kind' key")]
      return result
    }
    if result.apiVersion.isEmpty {
      result.status = .error
      result.errors = [
        ManifestError(path: "/apiVersion", keyword: "schema", message: "missing 'apiVersion' key")
      ]
      return result
    }
    if expandLists, result.kind == "List", result.apiVersion == "v1", let items = object["items"]?.sliceItems
    {
      // kubeconform validates the items of a v1 List one by one
      var worst = ManifestResult.Status.valid
      for (i, item) in items.enumerated() {
        let r = validate(
          ManifestResource(source: resource.source, documentIndex: resource.documentIndex, object: item),
          expandLists: false)
        for e in r.errors {
          var e = e
          e.path = "/items/\(i)" + e.path
          if r.status == .error { e.message = "\(r.resourceName): \(e.message)" }
          result.errors.append(e)
        }
        if r.status == .error || (r.status == .invalid && worst != .error) { worst = r.status }
      }
      result.status = worst
      return result
    }
    if options.skipKinds.contains(result.kind)
      || options.skipKinds.contains("\(result.apiVersion)/\(result.kind)")
    {
      result.status = .skipped
      return result
    }
    let lookup: SchemaRegistry.Lookup
    do {
      lookup = try registry.lookup(
        apiVersion: result.apiVersion, kind: result.kind, kubeVersion: options.kubeVersion,
        strict: options.strict)
    } catch {
      result.status = .error
      result.errors = [ManifestError(path: "", keyword: "schema", message: "\(error)")]
      return result
    }
    guard case .schema(let schema) = lookup else {
      if options.ignoreMissingSchemas {
        result.status = .skipped
      } else {
        result.status = .error
        result.errors = [
          ManifestError(
            path: "", keyword: "schema",
            message:
              "could not find schema for \(result.kind) (\(result.apiVersion)) in Kubernetes \(options.kubeVersion)"
          )
        ]
      }
      return result
    }
    let errors = schema.validate(resource.object)
    if !errors.isEmpty {
      result.status = .invalid
      result.errors = Self.flatten(errors)
    }
    return result
  }

  /// Validates many resources concurrently; results come back in input order. CRDs among
  /// them are registered first when `options.useCRDsFromInput` is set.
  public func validate(_ resources: [ManifestResource]) async -> [ManifestResult] {
    if options.useCRDsFromInput { registerCRDs(in: resources) }
    let width = ProcessorCount.active
    let chunk = max(1, (resources.count + width - 1) / width)
    return await withTaskGroup(of: (Int, [ManifestResult]).self) { group in
      var start = 0
      while start < resources.count {
        let range = start..<min(resources.count, start + chunk)
        group.addTask { (range.lowerBound, range.map { self.validate(resources[$0]) }) }
        start += chunk
      }
      var parts: [(Int, [ManifestResult])] = []
      for await part in group { parts.append(part) }
      return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
    }
  }

  /// Adds every `apiextensions.k8s.io/v1` CustomResourceDefinition among `resources` to the registry.
  public func registerCRDs(in resources: [ManifestResource]) {
    for r in resources {
      guard let m = r.object.mapValue, m["kind"]?.stringValue == "CustomResourceDefinition",
        m["apiVersion"]?.stringValue == "apiextensions.k8s.io/v1"
      else { continue }
      registry.addCRD(r.object)
    }
  }

  /// Leaf errors: `validation failed` groups are opened; a combinator's causes are kept
  /// in its message, one `at '<path>': <message>` per cause.
  static func flatten(_ errors: [SchemaValidationError]) -> [ManifestError] {
    errors.flatMap { e -> [ManifestError] in
      if e.keyword == "schema", e.message == "validation failed" { return flatten(e.causes) }
      var message = e.message
      if !e.causes.isEmpty {
        message += ": " + causeLines(e.causes).joined(separator: "; ")
      }
      return [ManifestError(path: e.instancePath, keyword: e.keyword, message: message)]
    }
  }

  static func causeLines(_ errors: [SchemaValidationError]) -> [String] {
    errors.flatMap { e -> [String] in
      if e.keyword == "schema", e.message == "validation failed" { return causeLines(e.causes) }
      return ["at '\(e.instancePath)': \(e.message)"]
    }
  }
}
