import GoLib
import Values

/// An error found while compiling a schema (bad `$ref`, bad regex, wrong keyword type).
public struct SchemaCompileError: Error, Sendable, CustomStringConvertible {
  /// Absolute location of the offending schema.
  public let location: String
  public let message: String
  public var description: String { "\(location): \(message)" }
}

/// Turns schema documents into a `CompiledSchema`: indexes `$id`/`$anchor`/`$dynamicAnchor`,
/// resolves every `$ref` once (loading remote documents from a `SchemaDocumentLoader`) and
/// builds the node table.
final class SchemaCompiler {
  /// A schema's place: its document and the JSON pointer to it there.
  ///
  /// Hashed through `TextHash` of the pointer's bytes, and equal when the bytes are (as Go
  /// compares the names a pointer is made of): locations key the compiler's
  /// tables, looked up several times for every schema it indexes or compiles, and pointers
  /// are long (`/properties/master/properties/persistence/...`), so SipHash over their bytes
  /// was a fifth of compiling a schema.
  struct Location: Hashable {
    var doc: Int
    var pointer: String

    func hash(into hasher: inout Hasher) {
      hasher.combine(doc)
      hasher.combine(TextHash.of(pointer))
    }

    static func == (a: Location, b: Location) -> Bool {
      a.doc == b.doc && UTF8Text.equal(a.pointer, b.pointer)
    }
  }

  struct LocationInfo {
    var base: SchemaURI
    var draft: JSONSchemaDraft
    var resource: Int
    /// False under a custom metaschema whose `$vocabulary` leaves out the validation
    /// vocabulary: then `type`, `minimum`, `required`... are not assertions.
    var validationVocabulary = true
  }

  struct PendingResource {
    var uri: String
    var location: Location
    var dynamicAnchors: [String: Location] = [:]
  }

  let options: SchemaCompileOptions
  let loader: (any SchemaDocumentLoader)?
  var docs: [Value] = []
  var resources: [PendingResource] = []
  var resourceByURI: [String: Int] = [:]
  var anchors: [String: Location] = [:]
  var infos: [Location: LocationInfo] = [:]
  var nodeIndex: [Location: Int] = [:]
  let nodes = SchemaNodeTable()
  /// Lazy mode (`LazySchemaCompilation`): a node is appended empty and compiled by `fill(_:)`
  /// when evaluation first reaches it, never by `compileAll`.
  var compilesLazily = false
  /// Lazy mode: where each node not compiled yet is, and its schema when known, by index.
  var pendingNodes: [Int: (Location, Value?)] = [:]
  /// Asked for the definition a reference in a uniform document points into before the
  /// reference is resolved (the bundled Kubernetes definitions are added on demand).
  var definitionSource: (any SchemaDefinitionSource)?
  var worklist: [(Int, Location, Value?)] = []
  var falseNode: Int?
  var usesUnevaluated = false
  /// The validation-vocabulary flag of the schema being indexed.
  var currentValidationVocabulary = true
  var usesDynamicScope = false
  /// Documents added with `addUniformDocument`.
  var uniformDocuments: Set<Int> = []
  /// `locationPrefix(of:)` by document.
  var locationPrefixes: [Int: String] = [:]
  /// References resolved in uniform documents.
  var uniformReferences: [UniformReference: Location] = [:]

  init(options: SchemaCompileOptions, loader: (any SchemaDocumentLoader)?) {
    self.options = options
    self.loader = loader
  }

  // MARK: Indexing

  /// Adds a document under `uri` and indexes its identifiers. Returns its root location.
  @discardableResult
  func addDocument(_ value: Value, uri: String, draft: JSONSchemaDraft) -> Location {
    let (root, base, resource) = appendDocument(value, uri: uri)
    index(value, pointer: "", depth: 0, doc: root.doc, base: base, draft: draft, resource: resource)
    return root
  }

  /// Adds a document that holds no identifier, anchor or dialect keyword anywhere (the
  /// bundled Kubernetes schemas; `isUniform` checks one): every location shares the root's
  /// base URI, dialect and resource, so nothing needs indexing. Returns its root location.
  func addUniformDocument(_ value: Value, uri: String, draft: JSONSchemaDraft) -> Location {
    let (root, base, resource) = appendDocument(value, uri: uri)
    infos[root] = LocationInfo(base: base, draft: draft, resource: resource)
    uniformDocuments.insert(root.doc)
    return root
  }

  /// A new document's root, base URI and resource.
  private func appendDocument(_ value: Value, uri: String) -> (Location, SchemaURI, Int) {
    docs.append(value)
    let base = SchemaURI(parsing: uri).withoutFragment
    let root = Location(doc: docs.count - 1, pointer: "")
    return (root, base, newResource(uri: base.text, location: root))
  }

  /// Whether indexing found what `addUniformDocument` assumes of every document added so
  /// far: one resource, no anchors, and every location with the root's information.
  var isUniform: Bool {
    guard resources.count == 1, anchors.isEmpty, let root = infos[Location(doc: 0, pointer: "")] else {
      return false
    }
    return infos.values.allSatisfy {
      $0.base == root.base && $0.draft == root.draft && $0.resource == root.resource
        && $0.validationVocabulary == root.validationVocabulary
    }
  }

  private func newResource(uri: String, location: Location) -> Int {
    if let existing = resourceByURI[uri] { return existing }
    resources.append(PendingResource(uri: uri, location: location))
    resourceByURI[uri] = resources.count - 1
    return resources.count - 1
  }

  /// `pointer` + `/` + the escaped `token`: a child's pointer written in one string.
  private static func appending(_ token: String, to pointer: String) -> String {
    let escaped = JSONPointer.escape(token)
    var out = pointer
    out.reserveCapacity(pointer.utf8.count + 1 + escaped.utf8.count)
    out.append("/")
    out.append(escaped)
    return out
  }

  /// Indexes the schema at `pointer` (`depth` tokens deep) and every schema under it.
  private func index(
    _ value: Value, pointer: String, depth: Int, doc: Int, base inBase: SchemaURI,
    draft inDraft: JSONSchemaDraft, resource inResource: Int
  ) {
    guard depth < 200 else { return }
    let loc = Location(doc: doc, pointer: pointer)
    let inherited = infos[loc]?.validationVocabulary ?? currentValidationVocabulary
    guard case .map(let map) = value else {
      if case .bool = value {
        infos[loc] = LocationInfo(
          base: inBase, draft: inDraft, resource: inResource, validationVocabulary: inherited)
      }
      return
    }
    var draft = inDraft
    var validationVocabulary = inherited
    // most schema objects have no member whose name starts with `$`: then none of the
    // `$schema`, `$ref`, `$id`, `$anchor`... lookups below needs hashing its name
    let hasDollarMember = map.storage.keys.contains { $0.utf8.first == UInt8(ascii: "$") }
    if hasDollarMember, let s = map["$schema"]?.stringValue {
      if let d = JSONSchemaDraft(metaschemaURI: s) {
        draft = d
        validationVocabulary = true
      } else if let meta = loader?.document(at: SchemaURI(parsing: s).withoutFragment.text)?.mapValue {
        if let ms = meta["$schema"]?.stringValue, let d = JSONSchemaDraft(metaschemaURI: ms) { draft = d }
        if let vocab = meta["$vocabulary"]?.mapValue {
          validationVocabulary = vocab.storage.keys.contains { $0.hasSuffix("/vocab/validation") }
        }
      }
    }
    let savedVocabulary = currentValidationVocabulary
    currentValidationVocabulary = validationVocabulary
    defer { currentValidationVocabulary = savedVocabulary }
    var base = inBase
    var resource = inResource
    let hasRef = hasDollarMember && map["$ref"]?.stringValue != nil
    if hasDollarMember || draft.idKeyword.utf8.first != UInt8(ascii: "$"),
      let id = map[draft.idKeyword]?.stringValue, !(hasRef && draft.refOverridesSiblings)
    {
      if draft <= .draft7, id.hasPrefix("#") {
        anchors[base.text + id] = loc
      } else {
        let resolved = base.resolving(id)
        base = resolved.withoutFragment
        if depth == 0 {
          // the document root: alias its URI to the root resource
          resourceByURI[base.text] = resourceByURI[base.text] ?? resource
        } else {
          resource = newResource(uri: base.text, location: loc)
        }
        if let f = resolved.fragment, !f.isEmpty, draft <= .draft7 { anchors[base.text + "#" + f] = loc }
      }
    }
    if hasDollarMember, draft >= .draft2019_09, let a = map["$anchor"]?.stringValue {
      anchors[base.text + "#" + a] = loc
    }
    if hasDollarMember, draft >= .draft2020_12, let a = map["$dynamicAnchor"]?.stringValue {
      anchors[base.text + "#" + a] = loc
      if resources[resource].dynamicAnchors[a] == nil { resources[resource].dynamicAnchors[a] = loc }
    }
    if hasDollarMember, draft == .draft2019_09, case .bool(true)? = map["$recursiveAnchor"] {
      resources[resource].dynamicAnchors["#recursive"] = loc
    }
    infos[loc] = LocationInfo(
      base: base, draft: draft, resource: resource, validationVocabulary: validationVocabulary)

    for (key, child) in map.storage {
      let role = SchemaIndexRole(of: key)
      if role == .data { continue }
      let keyPointer = Self.appending(key, to: pointer)
      if role == .schemaMap, case .map(let m) = child {
        for (name, sub) in m.storage {
          index(
            sub, pointer: Self.appending(name, to: keyPointer), depth: depth + 2, doc: doc, base: base,
            draft: draft, resource: resource)
        }
      } else if role == .schemaList || role == .schemaOrList, case .list(let l) = child {
        for (i, sub) in l.enumerated() {
          index(
            sub, pointer: Self.appending(String(i), to: keyPointer), depth: depth + 2, doc: doc, base: base,
            draft: draft, resource: resource)
        }
      } else if role == .schema || role == .schemaOrList {
        index(
          child, pointer: keyPointer, depth: depth + 1, doc: doc, base: base, draft: draft, resource: resource
        )
      } else {
        indexUnknown(
          child, pointer: keyPointer, depth: depth + 1, doc: doc, base: base, draft: draft, resource: resource
        )
      }
    }
  }

  /// Unknown keywords may still hold schemas reached by JSON pointer.
  private func indexUnknown(
    _ value: Value, pointer: String, depth: Int, doc: Int, base: SchemaURI, draft: JSONSchemaDraft,
    resource: Int
  ) {
    guard depth < 200 else { return }
    switch value {
    case .map(let m):
      let loc = Location(doc: doc, pointer: pointer)
      infos[loc] = LocationInfo(base: base, draft: draft, resource: resource)
      for (k, v) in m.storage {
        indexUnknown(
          v, pointer: Self.appending(k, to: pointer), depth: depth + 1, doc: doc, base: base, draft: draft,
          resource: resource)
      }
    case .list(let l):
      for (i, v) in l.enumerated() {
        indexUnknown(
          v, pointer: Self.appending(String(i), to: pointer), depth: depth + 1, doc: doc, base: base,
          draft: draft, resource: resource)
      }
    default: break
    }
  }

  // MARK: Resolution

  func value(at loc: Location) -> Value? {
    guard let tokens = JSONPointer.tokens(loc.pointer) else { return nil }
    return docs[loc.doc].descendant(at: tokens)
  }

  func info(at loc: Location) -> LocationInfo {
    if uniformDocuments.contains(loc.doc), let i = infos[Location(doc: loc.doc, pointer: "")] { return i }
    if let i = infos[loc] { return i }
    var tokens = JSONPointer.tokens(loc.pointer) ?? []
    while !tokens.isEmpty {
      tokens.removeLast()
      if let i = infos[Location(doc: loc.doc, pointer: JSONPointer.pointer(tokens))] { return i }
    }
    return infos[Location(doc: loc.doc, pointer: "")]
      ?? LocationInfo(base: SchemaURI(parsing: options.baseURI), draft: options.defaultDraft, resource: 0)
  }

  func locationText(_ loc: Location) -> String {
    locationPrefix(of: loc.doc) + loc.pointer
  }

  /// The URI of document `doc` and `#`: what `locationText` puts before a pointer.
  func locationPrefix(of doc: Int) -> String {
    if let known = locationPrefixes[doc] { return known }
    // a document's root resource is made when the document is added, and never replaced
    let r = resources.first { $0.location.doc == doc && $0.location.pointer == "" }
    let prefix = (r?.uri ?? "doc\(doc)") + "#"
    locationPrefixes[doc] = prefix
    return prefix
  }

  /// Resolves a reference written at `from` to a schema location.
  func resolve(_ reference: String, from: Location) throws(SchemaCompileError) -> Location {
    // every location of a uniform document shares one base: a reference resolves the
    // same wherever it is written there (the bundled schemas repeat a few hundred refs)
    guard uniformDocuments.contains(from.doc) else { return try resolveAnew(reference, from: from) }
    let key = UniformReference(doc: from.doc, reference: reference)
    if let known = uniformReferences[key] { return known }
    let resolved = try resolveAnew(reference, from: from)
    uniformReferences[key] = resolved
    return resolved
  }

  /// A reference written in a uniform document.
  struct UniformReference: Hashable {
    var doc: Int
    var reference: String
  }

  private func resolveAnew(_ reference: String, from: Location) throws(SchemaCompileError) -> Location {
    let base = info(at: from).base
    let uri = base.resolving(reference)
    let key = uri.withoutFragment.text
    let fragment = JSONPointer.percentDecoded(uri.fragment ?? "")
    if let definitionSource, uniformDocuments.contains(from.doc) {
      definitionSource.prepare(pointer: fragment)
    }
    var resourceIndex = resourceByURI[key]
    if resourceIndex == nil, let doc = loadRemote(key, draft: info(at: from).draft) {
      _ = doc
      resourceIndex = resourceByURI[key]
    }
    if fragment.isEmpty || fragment.hasPrefix("/") {
      guard let r = resourceIndex else {
        throw SchemaCompileError(
          location: locationText(from),
          message: "failing loading \"\(key)\": no such document (chartc never downloads schemas)")
      }
      let root = resources[r].location
      let loc = Location(doc: root.doc, pointer: root.pointer + fragment)
      guard value(at: loc) != nil else {
        throw SchemaCompileError(
          location: locationText(from), message: "json-pointer in \"\(uri.text)\" not found")
      }
      return loc
    }
    if let loc = anchors[key + "#" + fragment] { return loc }
    throw SchemaCompileError(location: locationText(from), message: "anchor in \"\(uri.text)\" not found")
  }

  private func loadRemote(_ uri: String, draft: JSONSchemaDraft) -> Location? {
    let doc = loader?.document(at: uri) ?? BundledMetaschemas.document(at: uri)
    guard let doc else { return nil }
    return addDocument(doc, uri: uri, draft: draft)
  }

  // MARK: Compilation

  /// The node of the schema at `loc`, queued for compilation when new. `value`, when
  /// given, is the schema there (what `value(at: loc)` finds), already in hand.
  func node(for loc: Location, value: Value? = nil) -> Int {
    if let i = nodeIndex[loc] { return i }
    let i = nodes.append(SchemaNode())
    nodeIndex[loc] = i
    if compilesLazily {
      pendingNodes[i] = (loc, value)
    } else {
      worklist.append((i, loc, value))
    }
    return i
  }

  func compileAll() throws(SchemaCompileError) {
    while let (i, loc, value) = worklist.popLast() {
      let n = nodes[i]
      try compileNode(at: loc, value: value, into: n)
      n.markFilled()
    }
  }

  /// Lazy mode: compiles the node `i` when it is still empty. A schema that fails to compile
  /// there (never one `SchemaLazyCheck` passes, nor a bundled Kubernetes kind, which the test
  /// suite compiles whole) leaves a `false` schema; the error is kept in `lazyFailure`.
  func fill(_ i: Int) {
    guard let (loc, value) = pendingNodes.removeValue(forKey: i) else { return }
    let n = nodes[i]
    do {
      try compileNode(at: loc, value: value, into: n)
    } catch {
      lazyFailure = lazyFailure ?? error
      n.boolean = false
    }
    n.markFilled()
  }

  /// The first error a lazy compilation met (see `fill(_:)`).
  var lazyFailure: SchemaCompileError?

  func falseSchema() -> Int {
    if let f = falseNode { return f }
    let n = SchemaNode()
    n.boolean = false
    n.locationPrefix = "strict: additionalProperties false"
    n.markFilled()
    let i = nodes.append(n)
    falseNode = i
    return i
  }

  /// Compiles `root` and everything it reaches into an immutable schema.
  func finish(root: Location) throws(SchemaCompileError) -> CompiledSchema {
    let rootNode = node(for: root)
    try compileAll()
    // dynamic anchors of every resource reached
    var final: [SchemaResource] = []
    for r in resources.indices {
      var anchorsByName: [String: Int] = [:]
      if usesDynamicScope {
        // by name: the nodes are numbered in the order they are first asked for
        for (name, loc) in resources[r].dynamicAnchors.sorted(by: { $0.key < $1.key }) {
          anchorsByName[name] = node(for: loc)
        }
      }
      final.append(SchemaResource(uri: resources[r].uri, dynamicAnchors: anchorsByName))
    }
    try compileAll()
    return CompiledSchema(
      nodes: nodes, root: rootNode, resources: final, tracksAnnotations: usesUnevaluated,
      usesDynamicScope: usesDynamicScope)
  }

  /// Clears the keywords of the validation vocabulary.
  static func dropValidationKeywords(_ n: SchemaNode) {
    n.types = nil
    n.enumValues = nil
    n.constValue = nil
    n.hasConst = false
    n.multipleOf = nil
    n.minimum = nil
    n.maximum = nil
    n.exclusiveMinimum = nil
    n.exclusiveMaximum = nil
    n.minLength = nil
    n.maxLength = nil
    n.pattern = nil
    n.minItems = nil
    n.maxItems = nil
    n.uniqueItems = false
    n.minContains = nil
    n.maxContains = nil
    n.minProperties = nil
    n.maxProperties = nil
    n.required = []
    n.dependentRequired = []
  }

  private func fail(_ loc: Location, _ message: String) -> SchemaCompileError {
    SchemaCompileError(location: locationText(loc), message: message)
  }

  /// The location of keyword `key`'s schema under `loc` (`key` needs no escaping).
  private func child(_ loc: Location, _ key: StaticString) -> Location {
    var pointer = loc.pointer
    pointer.reserveCapacity(pointer.utf8.count + 1 + key.utf8CodeUnitCount)
    pointer.append("/")
    key.withUTF8Buffer { pointer.append(String(decoding: $0, as: UTF8.self)) }
    return Location(doc: loc.doc, pointer: pointer)
  }

  /// The location of member `name` of keyword `key`'s map or list under `loc`: the pointer
  /// written in one string, without an array of tokens.
  private func child(_ loc: Location, _ key: StaticString, _ name: String) -> Location {
    let token = JSONPointer.escape(name)
    var pointer = loc.pointer
    pointer.reserveCapacity(pointer.utf8.count + 2 + key.utf8CodeUnitCount + token.utf8.count)
    pointer.append("/")
    key.withUTF8Buffer { pointer.append(String(decoding: $0, as: UTF8.self)) }
    pointer.append("/")
    pointer.append(token)
    return Location(doc: loc.doc, pointer: pointer)
  }

  /// The location of item `index` of keyword `key`'s list under `loc`.
  private func child(_ loc: Location, _ key: StaticString, index: Int) -> Location {
    child(loc, key, String(index))
  }

  private func nonNegativeInt(_ v: Value?, _ loc: Location, _ key: String) throws(SchemaCompileError) -> Int?
  {
    guard let v else { return nil }
    guard let n = v.jsonNumber, n.isIntegral, n.double >= 0 else {
      throw fail(loc, "\(key) must be a non-negative integer")
    }
    return n.double >= Double(Int.max) ? Int.max : Int(n.double)
  }

  private func number(_ v: Value?, _ loc: Location, _ key: String) throws(SchemaCompileError) -> JSONNumber? {
    guard let v else { return nil }
    guard let n = v.jsonNumber else { throw fail(loc, "\(key) must be a number") }
    return n
  }

  private func regex(_ pattern: String, _ loc: Location) throws(SchemaCompileError) -> SchemaRegex {
    guard let r = SchemaRegex(pattern) else {
      throw fail(loc, "invalid regular expression \(jsonQuoted(pattern))")
    }
    return r
  }

  private func compileNode(at loc: Location, value known: Value?, into n: SchemaNode)
    throws(SchemaCompileError)
  {
    guard let schemaValue = known ?? value(at: loc) else { throw fail(loc, "no schema here") }
    let info = info(at: loc)
    n.locationPrefix = locationPrefix(of: loc.doc)
    n.locationPointer = loc.pointer
    n.resource = info.resource
    if case .bool(let b) = schemaValue {
      n.boolean = b
      return
    }
    guard case .map(let m) = schemaValue else { throw fail(loc, "a schema must be an object or a boolean") }
    let k = SchemaKeywordValues(m)
    let draft = info.draft
    let k8s = options.kubernetesExtensions

    if let ref = k[.ref]?.stringValue {
      n.ref = node(for: try resolve(ref, from: loc))
      if draft.refOverridesSiblings { return }
    }
    if draft >= .draft2020_12, let ref = k[.dynamicRef]?.stringValue {
      let target = try resolve(ref, from: loc)
      let fragment = SchemaURI(parsing: ref).fragment ?? ""
      var anchor: String?
      if !fragment.isEmpty, !fragment.hasPrefix("/"), case .map(let t)? = value(at: target),
        t["$dynamicAnchor"]?.stringValue == fragment
      {
        anchor = fragment
        usesDynamicScope = true
      }
      n.dynamicRef = DynamicRef(target: node(for: target), anchor: anchor)
    }
    if draft == .draft2019_09, let ref = k[.recursiveRef]?.stringValue {
      let target = try resolve(ref, from: loc)
      var anchor: String?
      if case .map(let t)? = value(at: target), case .bool(true)? = t["$recursiveAnchor"] {
        anchor = "#recursive"
        usesDynamicScope = true
      }
      n.dynamicRef = DynamicRef(target: node(for: target), anchor: anchor)
    }

    if let t = k[.type] {
      var list: [JSONType] = []
      let names: [Value] = t.jsonArray ?? [t]
      for name in names {
        guard let s = name.stringValue, let jt = JSONType(rawValue: s) else {
          throw fail(loc, "invalid type \(name.jsonText)")
        }
        list.append(jt)
      }
      n.types = list
    }
    if k8s {
      if case .bool(true)? = k[.nullable] { n.nullable = true }
      if case .bool(true)? = k[.kubernetesIntOrString] { n.intOrString = true }
    }
    if let e = k[.enumValues] {
      guard let l = e.jsonArray else { throw fail(loc, "enum must be an array") }
      n.enumValues = l
    }
    if draft >= .draft6, let c = k[.const] {
      n.constValue = c
      n.hasConst = true
    }

    n.multipleOf = try number(k[.multipleOf], loc, "multipleOf")
    if let mo = n.multipleOf, mo.double <= 0 { throw fail(loc, "multipleOf must be positive") }
    n.minimum = try number(k[.minimum], loc, "minimum")
    n.maximum = try number(k[.maximum], loc, "maximum")
    if draft == .draft4 {
      if case .bool(true)? = k[.exclusiveMinimum] { n.exclusiveMinimum = n.minimum; n.minimum = nil }
      if case .bool(true)? = k[.exclusiveMaximum] { n.exclusiveMaximum = n.maximum; n.maximum = nil }
    } else {
      n.exclusiveMinimum = try number(k[.exclusiveMinimum], loc, "exclusiveMinimum")
      n.exclusiveMaximum = try number(k[.exclusiveMaximum], loc, "exclusiveMaximum")
    }
    n.minLength = try nonNegativeInt(k[.minLength], loc, "minLength")
    n.maxLength = try nonNegativeInt(k[.maxLength], loc, "maxLength")
    if let p = k[.pattern] {
      guard let s = p.stringValue else { throw fail(loc, "pattern must be a string") }
      n.pattern = try regex(s, loc)
    }
    if let f = k[.format]?.stringValue {
      n.format = f
      n.assertFormat = options.assertFormat ?? draft.assertsFormatByDefault
    }

    n.minItems = try nonNegativeInt(k[.minItems], loc, "minItems")
    n.maxItems = try nonNegativeInt(k[.maxItems], loc, "maxItems")
    if case .bool(true)? = k[.uniqueItems] { n.uniqueItems = true }
    if draft >= .draft2020_12 {
      if let p = k[.prefixItems]?.jsonArray {
        n.prefixItems = p.indices.map { node(for: child(loc, "prefixItems", index: $0), value: p[$0]) }
      }
      if let i = k[.items], i.jsonArray == nil { n.items = node(for: child(loc, "items"), value: i) }
    } else if let i = k[.items] {
      if let list = i.jsonArray {
        n.prefixItems = list.indices.map { node(for: child(loc, "items", index: $0), value: list[$0]) }
        if let additional = k[.additionalItems] {
          n.items = node(for: child(loc, "additionalItems"), value: additional)
          n.itemsKeyword = "additionalItems"
        }
      } else {
        n.items = node(for: child(loc, "items"), value: i)
      }
    }
    if draft >= .draft6, let contains = k[.contains] {
      n.contains = node(for: child(loc, "contains"), value: contains)
      if draft >= .draft2019_09 {
        n.minContains = try nonNegativeInt(k[.minContains], loc, "minContains")
        n.maxContains = try nonNegativeInt(k[.maxContains], loc, "maxContains")
      }
    }

    n.minProperties = try nonNegativeInt(k[.minProperties], loc, "minProperties")
    n.maxProperties = try nonNegativeInt(k[.maxProperties], loc, "maxProperties")
    if let r = k[.required] {
      guard let l = r.jsonArray else {
        if case .bool = r, draft <= .draft4 { return }  // draft 3 style, ignored
        throw fail(loc, "required must be an array")
      }
      n.required = l.compactMap(\.stringValue)
    }
    if case .map(let props)? = k[.properties] {
      var properties: [(name: String, target: Int)] = []
      properties.reserveCapacity(props.storage.count)
      // by name: the nodes are numbered in the order they are first asked for, the same in
      // every run (a precompiled table is compared with a fresh compilation)
      for (key, property) in props.storage.sorted(by: { goStringLess($0.key, $1.key) }) {
        properties.append((key, node(for: child(loc, "properties", key), value: property)))
      }
      n.properties = SchemaPropertyTable(properties)
    }
    if case .map(let pp)? = k[.patternProperties] {
      for key in pp.sortedKeys {
        n.patternProperties.append(
          (try regex(key, loc), node(for: child(loc, "patternProperties", key), value: pp.storage[key])))
      }
    }
    let preserveUnknown: Bool
    if k8s, case .bool(true)? = k[.kubernetesPreserveUnknownFields] {
      preserveUnknown = true
    } else {
      preserveUnknown = false
    }
    if let additional = k[.additionalProperties] {
      n.additionalProperties = node(for: child(loc, "additionalProperties"), value: additional)
    } else if options.strict, k[.properties] != nil, !preserveUnknown {
      n.additionalProperties = falseSchema()
    }
    if draft >= .draft6, let names = k[.propertyNames] {
      n.propertyNames = node(for: child(loc, "propertyNames"), value: names)
    }
    // `dependencies`: drafts 4-7, and kept by jsonschema v6 (Helm) in 2019-09/2020-12 too
    if case .map(let deps)? = k[.dependencies] {
      for key in deps.sortedKeys {
        let dependency = deps.storage[key]
        if let l = dependency?.jsonArray {
          n.dependentRequired.append((key, l.compactMap(\.stringValue)))
        } else {
          n.dependentSchemas.append((key, node(for: child(loc, "dependencies", key), value: dependency)))
        }
      }
    }
    if draft >= .draft2019_09 {
      if case .map(let deps)? = k[.dependentRequired] {
        for key in deps.sortedKeys {
          n.dependentRequired.append((key, deps.storage[key]?.jsonArray?.compactMap(\.stringValue) ?? []))
        }
      }
      if case .map(let deps)? = k[.dependentSchemas] {
        for key in deps.sortedKeys {
          n.dependentSchemas.append(
            (key, node(for: child(loc, "dependentSchemas", key), value: deps.storage[key])))
        }
      }
      if let unevaluated = k[.unevaluatedProperties] {
        n.unevaluatedProperties = node(for: child(loc, "unevaluatedProperties"), value: unevaluated)
        usesUnevaluated = true
      }
      if let unevaluated = k[.unevaluatedItems] {
        n.unevaluatedItems = node(for: child(loc, "unevaluatedItems"), value: unevaluated)
        usesUnevaluated = true
      }
    }

    if let l = k[.allOf]?.jsonArray {
      n.allOf = l.indices.map { node(for: child(loc, "allOf", index: $0), value: l[$0]) }
    }
    if let l = k[.anyOf]?.jsonArray {
      n.anyOf = l.indices.map { node(for: child(loc, "anyOf", index: $0), value: l[$0]) }
    }
    if let l = k[.oneOf]?.jsonArray {
      n.oneOf = l.indices.map { node(for: child(loc, "oneOf", index: $0), value: l[$0]) }
    }
    if let not = k[.notSchema] { n.not = node(for: child(loc, "not"), value: not) }
    if draft >= .draft7, let ifSchema = k[.ifSchema] {
      n.ifSchema = node(for: child(loc, "if"), value: ifSchema)
      if let then = k[.thenSchema] { n.thenSchema = node(for: child(loc, "then"), value: then) }
      if let otherwise = k[.elseSchema] { n.elseSchema = node(for: child(loc, "else"), value: otherwise) }
    }
    if !info.validationVocabulary { Self.dropValidationKeywords(n) }
  }
}
