import Foundation
import GoLib
import Synchronization
import Values

/// The bundled Kubernetes and CRD schemas (`schemas/`, made by `make schemas`), plus CRDs
/// added at run time (a chart's `crds/` folder, CRDs found in a render). Files are read
/// lazily and each kind compiles once per (version, strict) and is cached; safe to share
/// across tasks.
public final class SchemaRegistry: @unchecked Sendable {  // reason: all mutable state is read and written with `lock` held
  /// What a lookup found.
  public enum Lookup: Sendable {
    /// The compiled schema of the kind.
    case schema(CompiledSchema)
    /// No schema for this apiVersion/kind.
    case notFound
  }

  /// An error reading or compiling the bundled schemas.
  public struct RegistryError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
  }

  /// The `schemas/` folder's path. The registry reads it through paths and POSIX calls, not
  /// Foundation's `URL` and `FileManager`, whose first use makes generic types at run time
  /// that have the runtime scan the binary's conformance table (0.7 M instructions).
  public let path: String
  /// The `schemas/` folder.
  public var directory: URL { URL(fileURLWithPath: path, isDirectory: true) }
  private let lock = NSLock()
  private var definitionsPool: KubernetesDefinitionsPool?
  private var versionIndexes: [String: KubernetesVersionIndex] = [:]
  private var crdSchemas: [String: Value] = [:]
  /// The bundled CRD group files not read yet (nil until the folder is listed).
  private var crdGroupFiles: Set<String>?
  /// The bundled CRD group files read so far, in the order they were read; a schema is
  /// parsed from them when a lookup first needs it.
  private var bundledCRDGroups: [IndexedJSONObject] = []
  private var cache: [String: CompiledSchema] = [:]
  /// Each bundled version's kinds compiled into one node table, by `version|strict`.
  private var sharedKinds: [String: KubernetesKindSchemas] = [:]
  /// What `lookup` answered, by question: a kind asked for again costs one dictionary
  /// lookup. Emptied when a CRD is added (it may answer a question differently).
  private var answers: [LookupQuestion: Lookup] = [:]
  /// The fields of ObjectMeta given to CRD schemas (`objectMetaProperties()`), once read.
  private var objectMetaFields: GoMap?

  /// One question asked of `lookup`.
  private struct LookupQuestion: Hashable {
    let apiVersion: String
    let kind: String
    let kubeVersion: String
    let strict: Bool
  }

  /// Extra schema folders (`--schema-location`), searched before the bundled schemas.
  public let schemaLocationPaths: [String]
  /// `schemaLocationPaths` as URLs.
  public var schemaLocations: [URL] {
    schemaLocationPaths.map { URL(fileURLWithPath: $0, isDirectory: true) }
  }

  /// A registry over a `schemas/` folder, with optional extra folders searched first for
  /// files named as kubeconform names them: `<kind>-<group>-<version>.json` (e.g.
  /// `deployment-apps-v1.json`), `<group>/<kind>_<version>.json` (CRDs catalog) or
  /// `<kind>_<version>.json` (openapi2jsonschema); kind lower-cased.
  public init(path: String, schemaLocationPaths: [String] = []) {
    self.path = path
    self.schemaLocationPaths = schemaLocationPaths
  }

  /// `init(path:schemaLocationPaths:)` with the folders as URLs.
  public convenience init(directory: URL, schemaLocations: [URL] = []) {
    self.init(path: directory.path, schemaLocationPaths: schemaLocations.map(\.path))
  }

  /// The bundled `schemas/` folder: `override` (the command line passes `$CHARTC_SCHEMAS`),
  /// `<executable>/../share/chartc/schemas`, `<executable>/schemas`, or the source checkout's
  /// `schemas/`.
  public static func locateBundledDirectory(override: String? = nil, executablePath: String? = nil) -> URL? {
    locateBundledPath(override: override, executablePath: executablePath).map {
      URL(fileURLWithPath: $0, isDirectory: true)
    }
  }

  /// `locateBundledDirectory` as a path, symlinks resolved by `realpath` (not by `URL`).
  public static func locateBundledPath(override: String? = nil, executablePath: String? = nil) -> String? {
    var candidates: [String] = []
    if let override { candidates.append(override) }
    if let executablePath {
      let folder = FilePath.parent(ResolvedPath.resolve(executablePath) ?? executablePath)
      candidates.append(FilePath.parent(folder) + "/share/chartc/schemas")
      candidates.append(folder + "/schemas")
    }
    candidates.append(FilePath.parent(FilePath.parent(FilePath.parent(#filePath))) + "/schemas")
    guard let found = candidates.first(where: { access($0 + "/kubernetes/definitions.json", F_OK) == 0 })
    else {
      return nil
    }
    return FilePath.absolute(found)
  }

  /// The bundled Kubernetes versions as `major.minor`, ascending (the folder is listed once).
  public var kubernetesVersions: [String] {
    bundledVersions.withLock { versions in
      if let versions { return versions }
      let listed = Self.listVersions(in: path)
      versions = listed
      return listed
    }
  }

  private let bundledVersions = Mutex<[String]?>(nil)

  private static func listVersions(in path: String) -> [String] {
    let files = (try? GoReadDir.names(path + "/kubernetes")) ?? []
    return files.filter { $0.hasPrefix("v") && $0.hasSuffix(".json") }
      .map { String($0.dropFirst().dropLast(5)) }
      .sorted { Self.versionKey($0).lexicographicallyPrecedes(Self.versionKey($1)) }
  }

  static func versionKey(_ v: String) -> [Int] {
    var s = Substring(v)
    if s.hasPrefix("v") { s = s.dropFirst() }
    return s.split(separator: ".").prefix(2).map { Int($0.prefix { $0.isNumber }) ?? 0 }
  }

  /// The bundled version used for `kubeVersion` (e.g. `1.36.0`, `v1.33.4-gke.1`): the newest
  /// bundled `major.minor` not newer than it, as kubernetes-validate chooses. nil when
  /// `kubeVersion` is newer than every bundled version or older than all of them.
  public func resolveVersion(_ kubeVersion: String) -> String? {
    if let known = resolvedVersions.withLock({ $0[kubeVersion] }) { return known }
    let resolved = Self.resolve(kubeVersion, among: kubernetesVersions)
    resolvedVersions.withLock { $0[kubeVersion] = resolved }
    return resolved
  }

  private let resolvedVersions = Mutex<[String: String?]>([:])

  private static func resolve(_ kubeVersion: String, among all: [String]) -> String? {
    let want = Self.versionKey(kubeVersion)
    guard let newest = all.last,
      !Self.versionKey(newest).lexicographicallyPrecedes(want) || Self.versionKey(newest) == want
    else { return nil }
    return all.last { !want.lexicographicallyPrecedes(Self.versionKey($0)) }
  }

  /// kubernetes-validate's schema name for an object: kind lower-cased, the API group cut
  /// at its first dot (`rbac.authorization.k8s.io/v1` → `rbac-v1`), e.g. `deployment-apps-v1`.
  public static func kindKey(apiVersion: String, kind: String) -> String {
    var group = ""
    var version = apiVersion
    if let slash = apiVersion.firstIndex(of: "/") {
      group = String(apiVersion[..<slash])
      version = String(apiVersion[apiVersion.index(after: slash)...])
      if let dot = group.firstIndex(of: ".") { group = String(group[..<dot]) }
      return kind.lowercased() + "-" + group + "-" + version
    }
    return kind.lowercased() + "-" + version
  }

  /// Adds the schemas of a CustomResourceDefinition object (every version with an
  /// `openAPIV3Schema`). They take precedence over bundled schemas of the same group/version/kind.
  public func addCRD(_ crd: Value) {
    guard let m = crd.mapValue, let spec = m["spec"]?.mapValue, let group = spec["group"]?.stringValue,
      let kind = spec["names"]?.mapValue?["kind"]?.stringValue
    else { return }
    lock.lock()
    defer { lock.unlock() }
    for v in spec["versions"]?.sliceItems ?? [] {
      guard let vm = v.mapValue, let name = vm["name"]?.stringValue,
        let schema = vm["schema"]?.mapValue?["openAPIV3Schema"]
      else { continue }
      let key = "\(group)/\(name)/\(kind)"
      crdSchemas[key] = schema
      cache = cache.filter { !$0.key.hasPrefix("crd|\(key)|") }
      answers.removeAll()
    }
  }

  /// The schema for `apiVersion`/`kind` at `kubeVersion`.
  public func lookup(apiVersion: String, kind: String, kubeVersion: String, strict: Bool) throws -> Lookup {
    lock.lock()
    defer { lock.unlock() }
    let question = LookupQuestion(
      apiVersion: apiVersion, kind: kind, kubeVersion: kubeVersion, strict: strict)
    if let known = answers[question] { return known }
    let answer = try find(apiVersion: apiVersion, kind: kind, kubeVersion: kubeVersion, strict: strict)
    answers[question] = answer
    return answer
  }

  /// `lookup`'s answer found in the schema folders, the CRDs and the bundled kinds (lock held).
  private func find(apiVersion: String, kind: String, kubeVersion: String, strict: Bool) throws -> Lookup {
    if !schemaLocations.isEmpty {
      // The kind and apiVersion come from the document: they become file names only once
      // they are known to be Kubernetes names (never `..` or a slash too many).
      if let problem = SchemaFileName.problem(apiVersion: apiVersion, kind: kind) {
        throw RegistryError(message: problem)
      }
    }
    if !schemaLocations.isEmpty,
      let found = try lookupInLocations(apiVersion: apiVersion, kind: kind, strict: strict)
    {
      return .schema(found)
    }
    if let slash = apiVersion.firstIndex(of: "/") {
      try loadCRDGroup(String(apiVersion[..<slash]))
      let key = "\(apiVersion)/\(kind)"
      if crdSchemas[key] == nil, let bundled = bundledCRDGroups.lazy.compactMap({ $0[key] }).first {
        crdSchemas[key] = bundled
      }
      if let schema = crdSchemas[key] {
        let cacheKey = "crd|\(key)|\(strict)"
        if let c = cache[cacheKey] { return .schema(c) }
        let options = SchemaCompileOptions(
          defaultDraft: .draft2020_12, assertFormat: false, strict: strict, kubernetesExtensions: true,
          baseURI: "file:///crds/\(key).json")
        let document = Self.withObjectMetaFields(schema, objectMeta: objectMetaProperties())
        let compiled =
          try CompiledSchema.compilingLazily(document, options: options)
          ?? CompiledSchema(document, options: options)
        cache[cacheKey] = compiled
        return .schema(compiled)
      }
    }
    guard let version = resolveVersion(kubeVersion) else {
      throw RegistryError(message: "no bundled Kubernetes schemas for version \(kubeVersion)")
    }
    let key = Self.kindKey(apiVersion: apiVersion, kind: kind)
    let cacheKey = "k8s|\(version)|\(key)|\(strict)"
    if let c = cache[cacheKey] { return .schema(c) }
    guard let shared = try kindSchemas(version: version, strict: strict),
      let compiled = shared.schema(key: key)
    else { return .notFound }
    cache[cacheKey] = compiled
    return .schema(compiled)
  }

  /// Compiles every kind of the bundled `version` whole, eagerly (lookups compile only what
  /// objects reach, and cannot report an error there): the test suite checks with it that
  /// every bundled kind compiles. Throws the first compile error.
  func compileBundledKinds(version: String, strict: Bool) throws {
    lock.lock()
    defer { lock.unlock() }
    guard let source = try versionDefinitions(version) else {
      throw RegistryError(message: "no bundled Kubernetes schemas for version \(version)")
    }
    try KubernetesKindSchemas.compileWhole(
      definitions: source.allDefinitions(), kinds: source.allKinds(), strict: strict)
  }

  // MARK: Loading (lock held)

  private func lookupInLocations(apiVersion: String, kind: String, strict: Bool) throws -> CompiledSchema? {
    let k = kind.lowercased()
    var group = ""
    var version = apiVersion
    if let slash = apiVersion.firstIndex(of: "/") {
      group = String(apiVersion[..<slash])
      version = String(apiVersion[apiVersion.index(after: slash)...])
    }
    var names = [Self.kindKey(apiVersion: apiVersion, kind: kind) + ".json"]
    if !group.isEmpty { names.append("\(group)/\(k)_\(version).json") }
    names.append("\(k)_\(version).json")
    for dir in schemaLocations {  // URLs: files named by the user, their URIs the schemas' base
      for name in names {
        let url = dir.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { continue }
        let cacheKey = "file|\(url.path)|\(strict)"
        if let c = cache[cacheKey] { return c }
        guard let data = FileManager.default.contents(atPath: url.path) else { continue }
        let schema: Value
        do { schema = try SchemaJSON.parse(String(decoding: data, as: UTF8.self)) } catch {
          throw RegistryError(message: "\(url.path): \(error)")
        }
        let options = SchemaCompileOptions(
          defaultDraft: .draft2020_12, assertFormat: false, strict: strict, kubernetesExtensions: true,
          baseURI: url.absoluteString)
        let compiled = try CompiledSchema(schema, options: options, loader: FileSchemaDocuments())
        cache[cacheKey] = compiled
        return compiled
      }
    }
    return nil
  }

  /// Reads the bundled CRD schemas of one API group (`crds/<group>.json`, keys
  /// `group/version/kind`) the first time the group is looked up; only files listed in the
  /// folder are read, so a group name never becomes a path of its own. The file, which
  /// `make schemas` writes, is indexed with its values measured, not checked; each schema is
  /// parsed and checked when first looked up (a schema added at run time for the same key
  /// takes precedence, as do those of groups read earlier).
  private func loadCRDGroup(_ group: String) throws {
    if crdGroupFiles == nil {
      let files = (try? GoReadDir.names(path + "/crds")) ?? []
      crdGroupFiles = Set(files.filter { $0.hasSuffix(".json") })
    }
    let file = group + ".json"
    guard crdGroupFiles?.remove(file) != nil else { return }
    let data = try readBytes("crds/" + file)
    do {
      if let indexed = try IndexedJSONObject(
        text: String(decoding: data, as: UTF8.self), checkingValues: false)
      {
        bundledCRDGroups.append(indexed)
      }
    } catch {
      throw RegistryError(message: "\(path)/crds/\(file): \(error)")
    }
  }

  private func loadDefinitionsPool() throws {
    guard definitionsPool == nil else { return }
    let filePath = path + "/kubernetes/definitions.json"
    guard let mapped = ReadOnlyBytes(mappingFileAt: filePath) else {
      throw RegistryError(message: "cannot read \(filePath)")
    }
    definitionsPool = KubernetesDefinitionsPool(bytes: mapped)
  }

  private func readBytes(_ relative: String) throws -> [UInt8] {
    let filePath = path + "/" + relative
    do {
      return try GoReadFile.read(filePath)
    } catch {
      throw RegistryError(message: "cannot read \(filePath)")
    }
  }

  /// The shared compilation of every kind of `version` (built on first use).
  private func kindSchemas(version: String, strict: Bool) throws -> KubernetesKindSchemas? {
    let key = "\(version)|\(strict)"
    if let known = sharedKinds[key] { return known }
    guard let source = try versionDefinitions(version) else { return nil }
    let shared = KubernetesKindSchemas(source: source, version: version, strict: strict)
    sharedKinds[key] = shared
    return shared
  }

  /// The definitions and kind schemas of a bundled version, read from the pool on demand.
  private func versionDefinitions(_ version: String) throws -> KubernetesVersionDefinitions? {
    try loadVersionIndex(version)
    guard let index = versionIndexes[version], let pool = definitionsPool else { return nil }
    return KubernetesVersionDefinitions(pool: pool, index: index)
  }

  /// Whether the bundled schemas of `version` hold no identifier, anchor or dialect keyword,
  /// as the shared compilation of its kinds assumes (checked by the test suite).
  public func bundledKindsAreUniform(version: String) throws -> Bool {
    lock.lock()
    defer { lock.unlock() }
    guard let source = try versionDefinitions(version) else { return false }
    return KubernetesKindSchemas.isUniform(definitions: source.allDefinitions(), kinds: source.allKinds())
  }

  private func loadVersionIndex(_ version: String) throws {
    try loadDefinitionsPool()
    if versionIndexes[version] == nil {
      versionIndexes[version] = KubernetesVersionIndex(bytes: try readBytes("kubernetes/v\(version).index"))
    }
  }

  private func kindDocument(version: String, key: String) throws -> Value? {
    guard let source = try versionDefinitions(version), let kindSchema = source.kind(key) else { return nil }
    // the definitions reachable from the kind
    var defs: [String: Value] = [:]
    var pending = KubernetesKindSchemas.definitionNames(in: kindSchema)
    while let name = pending.popLast() {
      if defs[name] != nil { continue }
      guard let body = source.definition(name) else {
        throw RegistryError(message: "v\(version): missing definition \(name)")
      }
      defs[name] = body
      pending += KubernetesKindSchemas.definitionNames(in: body)
    }
    return .map(["kind": kindSchema, "$defs": .map(GoMap(defs))])
  }

  /// A CRD's root schema with `apiVersion`, `kind` (strings) and `metadata` (object) declared
  /// when it leaves them out, as the API server always accepts them on a custom resource.
  /// The root `metadata` is always ObjectMeta (a CRD may only constrain its `name` and
  /// `generateName`): it gets the `objectMeta` fields it does not declare itself and is never
  /// closed, strict or not (kubeconform's conversion closes it and refuses `labels`).
  static func withObjectMetaFields(_ schema: Value, objectMeta: GoMap = GoMap([:])) -> Value {
    guard let m = schema.mapValue else { return schema }
    let root = GoMap(m.storage)
    let props = GoMap(root["properties"]?.mapValue?.storage ?? [:])
    if props["apiVersion"] == nil { props.storage["apiVersion"] = .map(["type": .string("string")]) }
    if props["kind"] == nil { props.storage["kind"] = .map(["type": .string("string")]) }
    let meta = GoMap(props["metadata"]?.mapValue?.storage ?? ["type": .string("object")])
    let fields = GoMap(meta["properties"]?.mapValue?.storage ?? [:])
    for (name, field) in objectMeta.storage where fields[name] == nil { fields.storage[name] = field }
    if !fields.storage.isEmpty { meta.storage["properties"] = .map(fields) }
    meta.storage["additionalProperties"] = .bool(true)
    props.storage["metadata"] = .map(meta)
    root.storage["properties"] = .map(props)
    return .map(root)
  }

  /// The fields of ObjectMeta in the bundled Kubernetes definitions (its newest form), each
  /// field that refers to another definition (timestamps, owner references, managed fields)
  /// left open; none when the registry has no Kubernetes definitions. Lock held.
  private func objectMetaProperties() -> GoMap {
    if let objectMetaFields { return objectMetaFields }
    let fields = readObjectMetaProperties()
    objectMetaFields = fields
    return fields
  }

  private func readObjectMetaProperties() -> GoMap {
    guard (try? loadDefinitionsPool()) != nil,
      let variants = definitionsPool?.definitionVariants("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"),
      let fields = variants.last?.mapValue?["properties"]?.mapValue
    else { return GoMap([:]) }
    let out = GoMap([:])
    for (name, field) in fields.storage {
      out.storage[name] = KubernetesKindSchemas.definitionNames(in: field).isEmpty ? field : .map([:])
    }
    return out
  }
}

/// Loads `file://` documents referenced by schemas in `--schema-location` folders.
struct FileSchemaDocuments: SchemaDocumentLoader {
  func document(at uri: String) -> Value? {
    guard let url = URL(string: uri), url.isFileURL, let data = FileManager.default.contents(atPath: url.path)
    else {
      return nil
    }
    return try? SchemaJSON.parse(String(decoding: data, as: UTF8.self))
  }
}

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
