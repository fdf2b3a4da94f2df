import GoLib
import Values

/// Writes a compiled schema as Swift source that builds the same node table without
/// compiling: every node's keywords, references, resources and flags, as literals.
///
/// Used for the bundled metaschemas (`PrecompiledMetaschemas`): compiling draft 2020-12's
/// eight documents (parsing, indexing, resolving 52 references) cost 4.3 M instructions in
/// every cold render of a chart whose `values.schema.json` declares it; building the table
/// from literals costs a few hundred thousand. `PrecompiledMetaschemaTests` regenerates the
/// source from a fresh compilation and compares it with the committed file, and compares
/// both tables' answers.
enum CompiledSchemaSource {
  /// The drafts whose metaschemas are built from literals (each by a function named as the
  /// draft's case).
  static let precompiledDrafts = JSONSchemaDraft.allCases

  /// The text of `PrecompiledMetaschemas.swift`: each bundled metaschema compiled now, as
  /// `HelmValuesSchema.compileMetaschema` compiles it, written as a function.
  static func precompiledMetaschemasFile() throws -> String {
    var out = """
      // swift-format-ignore-file
      // Generated from BundledMetaschemas by CompiledSchemaSource (PrecompiledMetaschemaTests
      // compares it with a fresh compilation; CHARTC_WRITE_PRECOMPILED=1 rewrites it). Do not edit.
      import Values

      /// The bundled metaschemas as built tables (`CompiledSchemaSource`): what compiling
      /// them gives, without parsing, indexing or resolving anything at run time.
      enum PrecompiledMetaschemas {
        static func schema(for draft: JSONSchemaDraft) -> CompiledSchema? {
          switch draft {

      """
    for draft in precompiledDrafts {
      out += "    case .\(draft): return \(draft)()\n"
    }
    out += "    }\n  }\n"
    for draft in precompiledDrafts {
      guard let schema = HelmValuesSchema.compileMetaschema(draft) else {
        throw Unsupported(description: "the metaschema of \(draft) does not compile")
      }
      out += "\n  private static func \(draft)() -> CompiledSchema {\n"
      out += try functionBody(schema, indent: "    ")
      out += "  }\n"
    }
    return out + "}\n"
  }

  /// A schema the writer cannot express (a value kind metaschemas never hold).
  struct Unsupported: Error, CustomStringConvertible {
    let description: String
  }

  /// Swift statements (a function body) that build `schema`'s table into `CompiledSchema`.
  static func functionBody(_ schema: CompiledSchema, indent: String) throws(Unsupported) -> String {
    guard schema.lazy == nil else { throw Unsupported(description: "a lazily compiled schema") }
    var out = ""
    func line(_ s: String) { out += indent + s + "\n" }
    let count = schema.nodes.count
    line("let t = SchemaNodeTable()")
    line("var n: SchemaNode")
    let plain = SchemaNode()
    for i in 0..<count {
      let node = schema.nodes[i]
      line("// \(i)")
      line("n = SchemaNode()")
      for statement in try assignments(node, plain: plain) { line("n." + statement) }
      line("n.markFilled()")
      line("t.append(n)")
    }
    line("return CompiledSchema(")
    line("  nodes: t, root: \(schema.root),")
    line("  resources: [")
    for r in schema.resources {
      let anchors = r.dynamicAnchors.sorted { $0.key < $1.key }.map { "\(literal($0.key)): \($0.value)" }
      line(
        "    SchemaResource(uri: \(literal(r.uri)), dynamicAnchors: [\(anchors.isEmpty ? ":" : anchors.joined(separator: ", "))]),"
      )
    }
    line("  ],")
    line("  tracksAnnotations: \(schema.tracksAnnotations), usesDynamicScope: \(schema.usesDynamicScope),")
    line("  helmErrorQuirks: \(schema.helmErrorQuirks))")
    return out
  }

  /// `field = literal` for every field of `node` that differs from a fresh node's.
  private static func assignments(_ node: SchemaNode, plain: SchemaNode) throws(Unsupported) -> [String] {
    var s: [String] = []
    func set(_ name: String, _ value: String, _ differs: Bool) {
      if differs { s.append("\(name) = \(value)") }
    }
    set("boolean", optional(node.boolean) { "\($0)" }, node.boolean != plain.boolean)
    set("locationPrefix", literal(node.locationPrefix), node.locationPrefix != plain.locationPrefix)
    set("locationPointer", literal(node.locationPointer), node.locationPointer != plain.locationPointer)
    set("resource", "\(node.resource)", node.resource != plain.resource)
    set("ref", optional(node.ref) { "\($0)" }, node.ref != plain.ref)
    if let d = node.dynamicRef {
      s.append("dynamicRef = DynamicRef(target: \(d.target), anchor: \(optional(d.anchor, literal)))")
    }
    if let types = node.types {
      s.append("types = [\(types.map { "." + $0.rawValue }.joined(separator: ", "))]")
    }
    set("nullable", "\(node.nullable)", node.nullable != plain.nullable)
    set("intOrString", "\(node.intOrString)", node.intOrString != plain.intOrString)
    if let values = node.enumValues {
      s.append("enumValues = [\(try values.map(value).joined(separator: ", "))]")
    }
    if let c = node.constValue { s.append("constValue = \(try value(c))") }
    set("hasConst", "\(node.hasConst)", node.hasConst != plain.hasConst)
    for (name, number) in [
      ("multipleOf", node.multipleOf), ("minimum", node.minimum), ("maximum", node.maximum),
      ("exclusiveMinimum", node.exclusiveMinimum), ("exclusiveMaximum", node.exclusiveMaximum),
    ] {
      if let number { s.append("\(name) = \(self.number(number))") }
    }
    for (name, int, fresh) in [
      ("minLength", node.minLength, plain.minLength), ("maxLength", node.maxLength, plain.maxLength),
      ("minItems", node.minItems, plain.minItems), ("maxItems", node.maxItems, plain.maxItems),
      ("items", node.items, plain.items), ("contains", node.contains, plain.contains),
      ("minContains", node.minContains, plain.minContains),
      ("maxContains", node.maxContains, plain.maxContains),
      ("minProperties", node.minProperties, plain.minProperties),
      ("maxProperties", node.maxProperties, plain.maxProperties),
      ("additionalProperties", node.additionalProperties, plain.additionalProperties),
      ("propertyNames", node.propertyNames, plain.propertyNames), ("not", node.not, plain.not),
      ("ifSchema", node.ifSchema, plain.ifSchema), ("thenSchema", node.thenSchema, plain.thenSchema),
      ("elseSchema", node.elseSchema, plain.elseSchema),
      ("unevaluatedProperties", node.unevaluatedProperties, plain.unevaluatedProperties),
      ("unevaluatedItems", node.unevaluatedItems, plain.unevaluatedItems),
    ] {
      set(name, optional(int) { "\($0)" }, int != fresh)
    }
    if let p = node.pattern { s.append("pattern = SchemaRegex(\(literal(p.source)))!") }
    set("format", optional(node.format, literal), node.format != plain.format)
    set("assertFormat", "\(node.assertFormat)", node.assertFormat != plain.assertFormat)
    set("uniqueItems", "\(node.uniqueItems)", node.uniqueItems != plain.uniqueItems)
    set("itemsKeyword", literal(node.itemsKeyword), node.itemsKeyword != plain.itemsKeyword)
    for (name, list) in [
      ("prefixItems", node.prefixItems), ("allOf", node.allOf), ("anyOf", node.anyOf), ("oneOf", node.oneOf),
    ] where !list.isEmpty {
      s.append("\(name) = [\(list.map(String.init).joined(separator: ", "))]")
    }
    if !node.required.isEmpty {
      s.append("required = [\(node.required.map(literal).joined(separator: ", "))]")
    }
    if !node.properties.isEmpty {
      let entries = node.properties.entries.map { "(\(literal($0.name)), \($0.target))" }
      s.append("properties = SchemaPropertyTable([\(entries.joined(separator: ", "))])")
    }
    if !node.patternProperties.isEmpty {
      let entries = node.patternProperties.map { "(SchemaRegex(\(literal($0.0.source)))!, \($0.1))" }
      s.append("patternProperties = [\(entries.joined(separator: ", "))]")
    }
    if !node.dependentRequired.isEmpty {
      let entries = node.dependentRequired.map {
        "(\(literal($0.0)), [\($0.1.map(literal).joined(separator: ", "))])"
      }
      s.append("dependentRequired = [\(entries.joined(separator: ", "))]")
    }
    if !node.dependentSchemas.isEmpty {
      let entries = node.dependentSchemas.map { "(\(literal($0.0)), \($0.1))" }
      s.append("dependentSchemas = [\(entries.joined(separator: ", "))]")
    }
    return s
  }

  private static func optional<T>(_ v: T?, _ write: (T) -> String) -> String { v.map(write) ?? "nil" }

  /// A Swift string literal of `s` (every scalar outside printable ASCII escaped).
  static func literal(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case " "..."~": out.unicodeScalars.append(u)
      default: out += "\\u{\(String(u.value, radix: 16))}"
      }
    }
    return out + "\""
  }

  private static func number(_ n: JSONNumber) -> String {
    switch n {
    case .integer(let i): return ".integer(\(i))"
    case .real(let d): return ".real(\(double(d)))"
    }
  }

  /// A Double literal that is exactly `d` (its bits).
  private static func double(_ d: Double) -> String {
    "Double(bitPattern: 0x\(String(d.bitPattern, radix: 16)))"
  }

  private static func value(_ v: Value) throws(Unsupported) -> String {
    switch v {
    case .null: return ".null"
    case .bool(let b): return ".bool(\(b))"
    case .int(let i): return ".int(\(i))"
    case .int64(let i): return ".int64(\(i))"
    case .float(let d): return ".float(\(double(d)))"
    case .string(let s): return ".string(\(literal(s)))"
    case .list(let items): return ".list([\(try items.map(value).joined(separator: ", "))])"
    case .map, .object: throw Unsupported(description: "an object in enum or const")
    }
  }
}
