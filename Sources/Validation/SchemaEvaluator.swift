import Values

/// Properties and items already evaluated by a schema and its in-place subschemas
/// (the annotations `unevaluatedProperties`/`unevaluatedItems` depend on).
///
/// The names and indexes are kept in storage made on the first one recorded: an evaluation
/// makes one of these per schema it enters, and most record nothing (only a schema with an
/// `unevaluated…` keyword has them tracked), so making and dropping one costs no reference
/// counting.
struct EvaluatedLocations {
  private struct Recorded {
    var properties: Set<String> = []
    var itemIndexes: Set<Int> = []
  }
  private var recorded: Recorded?
  /// Items with an index below this were evaluated.
  var itemPrefix = 0
  var allItems = false

  func hasProperty(_ key: String) -> Bool { recorded?.properties.contains(key) ?? false }

  mutating func insertProperty(_ key: String) {
    if recorded == nil { recorded = Recorded() }
    recorded!.properties.insert(key)
  }

  mutating func insertItem(_ index: Int) {
    if recorded == nil { recorded = Recorded() }
    recorded!.itemIndexes.insert(index)
  }

  mutating func merge(_ other: EvaluatedLocations) {
    itemPrefix = max(itemPrefix, other.itemPrefix)
    allItems = allItems || other.allItems
    guard let theirs = other.recorded else { return }
    if recorded == nil {
      recorded = theirs
    } else {
      recorded!.properties.formUnion(theirs.properties)
      recorded!.itemIndexes.formUnion(theirs.itemIndexes)
    }
  }

  func hasItem(_ i: Int) -> Bool {
    allItems || i < itemPrefix || (recorded?.itemIndexes.contains(i) ?? false)
  }
}

/// Walks a `CompiledSchema` over one instance.
struct SchemaEvaluator {
  let schema: CompiledSchema
  let nodes: SchemaNodeReader
  let track: Bool
  var collect: Bool
  var path: [String] = []
  var scope: [Int] = []
  var depth = 0

  static let maxDepth = 400

  init(schema: CompiledSchema, collect: Bool) {
    self.schema = schema
    self.nodes = SchemaNodeReader(table: schema.nodes, lazy: schema.lazy)
    self.track = schema.tracksAnnotations
    self.collect = collect
  }

  var instancePath: String { JSONPointer.pointer(path) }

  func error(_ node: SchemaNode, _ keyword: String, _ message: String, _ causes: [SchemaValidationError] = [])
    -> SchemaValidationError
  {
    SchemaValidationError(
      instancePath: instancePath, keyword: keyword, schemaLocation: node.location, message: message,
      causes: causes)
  }

  /// The errors of one subschema as jsonschema v6 nests them under `$ref` and combinators:
  /// a single error stands alone, several are grouped under `validation failed`.
  func grouped(_ errors: [SchemaValidationError], _ target: SchemaNode) -> [SchemaValidationError] {
    guard errors.count > 1 else { return errors }
    return [error(target, "schema", "validation failed", errors)]
  }

  /// Evaluates `v` as the member `token` of the current instance (its annotations stay
  /// its own). The instance path is only kept while errors are collected: it is read by
  /// nothing else.
  mutating func evaluate(_ index: Int, _ v: Value, at token: String, _ errors: inout [SchemaValidationError])
    -> Bool
  {
    var scratch = EvaluatedLocations()
    guard collect else { return evaluate(index, v, &errors, &scratch) }
    path.append(token)
    defer { path.removeLast() }
    return evaluate(index, v, &errors, &scratch)
  }

  /// Evaluates `v` as item `index` of the current instance (`evaluate(_:_:at:_:)`; the
  /// item's token is only written while errors are collected).
  mutating func evaluate(_ node: Int, _ v: Value, item index: Int, _ errors: inout [SchemaValidationError])
    -> Bool
  {
    guard collect else {
      var scratch = EvaluatedLocations()
      return evaluate(node, v, &errors, &scratch)
    }
    return evaluate(node, v, at: String(index), &errors)
  }

  /// A `min…`/`max…` keyword pair on a count (string length, items, properties): false when
  /// the count is out of bounds, each broken bound reported as `<keyword>: got N, want M`.
  func checkCount(
    _ count: Int, _ node: SchemaNode, _ minimum: (keyword: String, bound: Int?),
    _ maximum: (keyword: String, bound: Int?), _ errors: inout [SchemaValidationError]
  ) -> Bool {
    var valid = true
    if let m = minimum.bound, count < m {
      valid = false
      if collect { errors.append(countError(node, minimum.keyword, count, m)) }
    }
    if let m = maximum.bound, count > m {
      valid = false
      if collect { errors.append(countError(node, maximum.keyword, count, m)) }
    }
    return valid
  }

  /// `<keyword>: got N, want M`.
  func countError(_ node: SchemaNode, _ keyword: String, _ count: Int, _ bound: Int) -> SchemaValidationError
  {
    error(
      node, keyword,
      "\(keyword): got \(MessageNumbers.printerInt(count)), want \(MessageNumbers.printerInt(bound))")
  }

  /// Evaluates without collecting errors (for `not`, `if`, `contains`, quick `anyOf`).
  mutating func check(_ i: Int, _ v: Value, _ ann: inout EvaluatedLocations) -> Bool {
    let saved = collect
    collect = false
    var scratch: [SchemaValidationError] = []
    let ok = evaluate(i, v, &scratch, &ann)
    collect = saved
    return ok
  }

  mutating func evaluate(
    _ index: Int, _ v: Value, _ errors: inout [SchemaValidationError], _ outer: inout EvaluatedLocations
  ) -> Bool {
    let node = nodes[index]
    if let b = node.boolean {
      if !b, collect { errors.append(error(node, "false", "false schema")) }
      return b
    }
    if node.nullable, case .null = v { return true }
    guard depth < Self.maxDepth else {
      if collect { errors.append(error(node, "$ref", "maximum schema depth exceeded")) }
      return false
    }
    depth += 1
    defer { depth -= 1 }
    var pushed = false
    if schema.usesDynamicScope, scope.last != node.resource {
      scope.append(node.resource)
      pushed = true
    }
    defer { if pushed { scope.removeLast() } }

    var ann = EvaluatedLocations()
    var valid = true

    // type first: with Helm quirks a failed type hides the rest
    if let types = node.types {
      var ok = types.contains { Self.matches($0, v) }
      if !ok, node.intOrString, Self.matches(.integer, v) || Self.matches(.string, v) { ok = true }
      if !ok {
        valid = false
        if !collect { return false }
        errors.append(
          error(node, "type", "got \(SchemaMessages.typeWord(v)), want \(SchemaMessages.typeList(types))"))
        if schema.helmErrorQuirks { return false }
      }
    } else if node.intOrString, !(Self.matches(.integer, v) || Self.matches(.string, v)) {
      valid = false
      if !collect { return false }
      errors.append(error(node, "type", "got \(SchemaMessages.typeWord(v)), want integer or string"))
    }

    if let r = node.ref {
      var refErrors: [SchemaValidationError] = []
      if !evaluate(r, v, &refErrors, &ann) {
        valid = false
        if !collect { return false }
        errors.append(contentsOf: grouped(refErrors, nodes[r]))
      }
    }
    if let d = node.dynamicRef {
      var target = d.target
      if let name = d.anchor {
        for r in scope {
          if let t = schema.resources[r].dynamicAnchors[name] {
            target = t
            break
          }
        }
      }
      var refErrors: [SchemaValidationError] = []
      if !evaluate(target, v, &refErrors, &ann) {
        valid = false
        if !collect { return false }
        errors.append(contentsOf: grouped(refErrors, nodes[target]))
      }
    }

    // enum, const
    if let e = node.enumValues, !e.contains(where: { $0.jsonEquals(v) }) {
      valid = false
      if !collect { return false }
      errors.append(error(node, "enum", SchemaMessages.enumMessage(e)))
    }
    if node.hasConst, let c = node.constValue, !c.jsonEquals(v) {
      valid = false
      if !collect { return false }
      errors.append(error(node, "const", SchemaMessages.constMessage(c)))
    }

    switch v {
    case .int, .int64, .float:
      if let num = v.jsonNumber, !checkNumber(node, num, &errors) {
        valid = false
        if !collect { return false }
      }
    case .string(let s):
      if !checkString(node, s, &errors) {
        valid = false
        if !collect { return false }
      }
    case .map(let map):
      if !checkObject(node, v, map, &errors, &ann) {
        valid = false
        if !collect { return false }
      }
    default:
      if let items = v.jsonArray, !checkArray(node, items, &errors, &ann) {
        valid = false
        if !collect { return false }
      }
    }

    // combinators
    if !node.allOf.isEmpty {
      var causes: [SchemaValidationError] = []
      var ok = true
      for s in node.allOf {
        var branchErrors: [SchemaValidationError] = []
        if !evaluate(s, v, &branchErrors, &ann) {
          ok = false
          if !collect { return false }
          causes += grouped(branchErrors, nodes[s])
        }
      }
      if !ok {
        valid = false
        errors.append(error(node, "allOf", "'allOf' failed", causes))
      }
    }
    if !node.anyOf.isEmpty {
      var causes: [SchemaValidationError] = []
      var ok = false
      for s in node.anyOf {
        var branch = EvaluatedLocations()
        var branchErrors: [SchemaValidationError] = []
        if evaluate(s, v, &branchErrors, &branch) {
          ok = true
          ann.merge(branch)
          if !track { break }
        } else {
          causes += grouped(branchErrors, nodes[s])
        }
      }
      if !ok {
        valid = false
        if !collect { return false }
        errors.append(error(node, "anyOf", "'anyOf' failed", causes))
      }
    }
    if !node.oneOf.isEmpty {
      var causes: [SchemaValidationError] = []
      var matched: [Int] = []
      var matchedAnn = EvaluatedLocations()
      for (i, s) in node.oneOf.enumerated() {
        var branch = EvaluatedLocations()
        var branchErrors: [SchemaValidationError] = []
        if evaluate(s, v, &branchErrors, &branch) {
          matched.append(i)
          matchedAnn = branch
          if matched.count > 1 { break }
        } else {
          causes += grouped(branchErrors, nodes[s])
        }
      }
      if matched.count == 1 {
        ann.merge(matchedAnn)
      } else {
        valid = false
        if !collect { return false }
        if matched.isEmpty {
          errors.append(error(node, "oneOf", "'oneOf' failed, none matched", causes))
        } else {
          errors.append(
            error(node, "oneOf", "'oneOf' failed, subschemas \(matched[0]), \(matched[1]) matched"))
        }
      }
    }
    if let n = node.not {
      var scratch = EvaluatedLocations()
      if check(n, v, &scratch) {
        valid = false
        if !collect { return false }
        errors.append(error(node, "not", "'not' failed"))
      }
    }
    if let i = node.ifSchema {
      var ifAnn = EvaluatedLocations()
      if check(i, v, &ifAnn) {
        ann.merge(ifAnn)
        if let t = node.thenSchema, !evaluate(t, v, &errors, &ann) {
          valid = false
          if !collect { return false }
        }
      } else if let e = node.elseSchema, !evaluate(e, v, &errors, &ann) {
        valid = false
        if !collect { return false }
      }
    }

    // unevaluated*
    if let u = node.unevaluatedProperties, case .map(let map) = v {
      for key in map.sortedKeys where !ann.hasProperty(key) {
        guard let child = map.storage[key] else { continue }
        if !evaluate(u, child, at: key, &errors) {
          valid = false
          if !collect { return false }
        }
        ann.insertProperty(key)
      }
    }
    if let u = node.unevaluatedItems, let items = v.jsonArray {
      for i in items.indices where !ann.hasItem(i) {
        if !evaluate(u, items[i], item: i, &errors) {
          valid = false
          if !collect { return false }
        }
      }
      ann.allItems = true
    }

    if valid, track { outer.merge(ann) }
    return valid
  }

  static func matches(_ type: JSONType, _ v: Value) -> Bool {
    let actual = v.jsonType
    switch type {
    case .number: return actual == .number || actual == .integer
    default: return actual == type
    }
  }

  mutating func checkNumber(_ node: SchemaNode, _ num: JSONNumber, _ errors: inout [SchemaValidationError])
    -> Bool
  {
    var valid = true
    func report(_ keyword: String, _ want: JSONNumber) {
      valid = false
      if collect {
        errors.append(
          error(
            node, keyword,
            "\(keyword): got \(MessageNumbers.printerFloat(num.double)), want \(MessageNumbers.printerFloat(want.double))"
          ))
      }
    }
    if let m = node.minimum, num.compare(m) < 0 { report("minimum", m) }
    if !valid, !collect { return false }
    if let m = node.maximum, num.compare(m) > 0 { report("maximum", m) }
    if !valid, !collect { return false }
    if let m = node.exclusiveMinimum, num.compare(m) <= 0 { report("exclusiveMinimum", m) }
    if !valid, !collect { return false }
    if let m = node.exclusiveMaximum, num.compare(m) >= 0 { report("exclusiveMaximum", m) }
    if !valid, !collect { return false }
    if let m = node.multipleOf, !Self.isMultiple(num, of: m) {
      valid = false
      if collect {
        errors.append(
          error(
            node, "multipleOf",
            "multipleOf: got \(MessageNumbers.printerFloat(num.double)), want \(MessageNumbers.printerFloat(m.double))"
          ))
      }
    }
    return valid
  }

  static func isMultiple(_ x: JSONNumber, of m: JSONNumber) -> Bool {
    if case .integer(let a) = x, case .integer(let b) = m, b != 0 { return a % b == 0 }
    let q = x.double / m.double
    guard q.isFinite else {
      // the quotient overflows: fall back to the remainder (1e308 is a multiple of 0.5)
      let r = x.double.truncatingRemainder(dividingBy: m.double)
      return r.isFinite && r == 0
    }
    let r = q.rounded()
    return abs(q - r) <= 1e-9 * max(1, abs(q))
  }

  mutating func checkString(_ node: SchemaNode, _ s: String, _ errors: inout [SchemaValidationError]) -> Bool
  {
    var valid = true
    if node.minLength != nil || node.maxLength != nil,
      !checkCount(
        s.unicodeScalars.count, node, ("minLength", node.minLength), ("maxLength", node.maxLength), &errors)
    {
      valid = false
      if !collect { return false }
    }
    if let p = node.pattern, !p.matches(s) {
      valid = false
      if !collect { return false }
      errors.append(
        error(
          node, "pattern",
          "\(SchemaMessages.quote(s)) does not match pattern \(SchemaMessages.quote(p.source))"))
    }
    if node.assertFormat, let f = node.format, let reason = SchemaFormats.failure(s, format: f) {
      valid = false
      if !collect { return false }
      errors.append(
        error(
          node, "format", "\(SchemaMessages.quote(s)) is not valid \(f)\(reason.isEmpty ? "" : ": " + reason)"
        ))
    }
    return valid
  }

  mutating func checkArray(
    _ node: SchemaNode, _ items: [Value], _ errors: inout [SchemaValidationError],
    _ ann: inout EvaluatedLocations
  ) -> Bool {
    var valid = checkCount(
      items.count, node, ("minItems", node.minItems), ("maxItems", node.maxItems), &errors)
    if !valid, !collect { return false }
    if node.uniqueItems, items.count > 1 {
      outer: for i in 0..<(items.count - 1) {
        for j in (i + 1)..<items.count where items[i].jsonEquals(items[j]) {
          valid = false
          if !collect { return false }
          errors.append(error(node, "uniqueItems", "items at \(i) and \(j) are equal"))
          break outer
        }
      }
    }
    let prefix = min(items.count, node.prefixItems.count)
    for i in 0..<prefix {
      let ok = evaluate(node.prefixItems[i], items[i], item: i, &errors)
      if !ok {
        valid = false
        if !collect { return false }
      }
    }
    if track { ann.itemPrefix = max(ann.itemPrefix, prefix) }
    if let s = node.items {
      if items.count > prefix, nodes[s].boolean == false, node.itemsKeyword == "additionalItems" {
        valid = false
        if !collect { return false }
        errors.append(
          error(node, node.itemsKeyword, "last \(items.count - prefix) additionalItem(s) not allowed"))
      } else {
        for i in prefix..<items.count {
          if !evaluate(s, items[i], item: schema.helmErrorQuirks ? i - prefix : i, &errors) {
            valid = false
            if !collect { return false }
          }
        }
      }
      if track { ann.allItems = true }
    }
    if let c = node.contains {
      var matched: [Int] = []
      var causes: [SchemaValidationError] = []
      for (i, item) in items.enumerated() {
        var itemErrors: [SchemaValidationError] = []
        var scratch = EvaluatedLocations()
        // the item's errors are grouped at the item's path
        let collecting = collect
        if collecting { path.append(String(i)) }
        let ok = evaluate(c, item, &itemErrors, &scratch)
        if !ok, collecting { causes += grouped(itemErrors, nodes[c]) }
        if collecting { path.removeLast() }
        if ok {
          matched.append(i)
          if track { ann.insertItem(i) }
        }
      }
      let at = matched.isEmpty ? "" : " at " + matched.map(String.init).joined(separator: " ")
      if let minimum = node.minContains {
        if matched.count < minimum {
          valid = false
          if !collect { return false }
          errors.append(
            error(
              node, "minContains",
              matched.isEmpty
                ? "min \(minimum) items required to match contains schema, but none matched"
                : "min \(minimum) items required to match contains schema, but matched \(matched.count) items\(at)",
              causes))
        }
      } else if matched.isEmpty {
        valid = false
        if !collect { return false }
        errors.append(error(node, "contains", "no items match contains schema", causes))
      }
      if let m = node.maxContains, matched.count > m {
        valid = false
        if !collect { return false }
        errors.append(
          error(
            node, "maxContains",
            "max \(m) items required to match contains schema, but matched \(matched.count) items\(at)"))
      }
    }
    return valid
  }

  mutating func checkObject(
    _ node: SchemaNode, _ v: Value, _ map: GoMap, _ errors: inout [SchemaValidationError],
    _ ann: inout EvaluatedLocations
  ) -> Bool {
    let storage = map.storage
    var valid = checkCount(
      storage.count, node, ("minProperties", node.minProperties), ("maxProperties", node.maxProperties),
      &errors)
    if !valid, !collect { return false }
    if !node.required.isEmpty {
      let missing = node.required.filter { storage[$0] == nil }
      if !missing.isEmpty {
        valid = false
        if !collect { return false }
        errors.append(
          error(
            node, "required",
            (missing.count == 1 ? "missing property " : "missing properties ")
              + SchemaMessages.quotedList(missing)))
      }
    }
    for (key, reqs) in node.dependentRequired where storage[key] != nil {
      let missing = reqs.filter { storage[$0] == nil }
      if !missing.isEmpty {
        valid = false
        if !collect { return false }
        errors.append(
          error(
            node, "dependentRequired",
            "properties \(SchemaMessages.quotedList(missing)) required, if \(SchemaMessages.quote(key)) exists"
          ))
      }
    }
    // the node's tables read once per object, not once per key
    let properties = node.properties
    let patternProperties = node.patternProperties
    let additionalProperties = node.additionalProperties
    if !properties.isEmpty || !patternProperties.isEmpty || additionalProperties != nil {
      var refused: [String] = []
      // errors are collected in key order; a yes-or-no answer takes the entries as stored
      let sorted = collect ? map.sortedKeys : []
      var stored = storage.makeIterator()
      var next = 0
      while true {
        let key: String
        let child: Value
        if collect {
          guard next < sorted.count else { break }
          key = sorted[next]
          next += 1
          guard let value = storage[key] else { continue }
          child = value
        } else {
          guard let entry = stored.next() else { break }
          (key, child) = entry
        }
        var seen = false
        if let p = properties[key] {
          seen = true
          if !evaluate(p, child, at: key, &errors) {
            valid = false
            if !collect { return false }
          }
        }
        for (re, s) in patternProperties where re.matches(key) {
          seen = true
          if !evaluate(s, child, at: key, &errors) {
            valid = false
            if !collect { return false }
          }
        }
        if !seen, let a = additionalProperties {
          if nodes[a].boolean == false {
            refused.append(key)
          } else {
            if !evaluate(a, child, at: key, &errors) {
              valid = false
              if !collect { return false }
            }
          }
          seen = true
        }
        if track, seen { ann.insertProperty(key) }
      }
      if !refused.isEmpty {
        valid = false
        if !collect { return false }
        errors.append(
          error(
            node, "additionalProperties",
            "additional properties \(SchemaMessages.quotedList(refused)) not allowed"))
      }
    }
    if let pn = node.propertyNames {
      for key in map.sortedKeys {
        var causes: [SchemaValidationError] = []
        var scratch = EvaluatedLocations()
        let savedPath = path
        if schema.helmErrorQuirks { path = [] }
        let ok = evaluate(pn, .string(key), &causes, &scratch)
        path = savedPath
        if !ok {
          if schema.helmErrorQuirks { path = [] }
          defer { path = savedPath }
          valid = false
          if !collect { return false }
          errors.append(
            error(node, "propertyNames", "invalid propertyName \(SchemaMessages.quote(key))", causes))
        }
      }
    }
    for (key, s) in node.dependentSchemas where storage[key] != nil {
      if !evaluate(s, v, &errors, &ann) {
        valid = false
        if !collect { return false }
      }
    }
    return valid
  }
}
