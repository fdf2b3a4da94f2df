import GoLib
import Values

/// Go's builtin template functions (`text/template/funcs.go`), with their Go signatures.
/// A function table entry of the same name takes precedence (Helm replaces `slice`).
enum Builtin: String, CaseIterable {
  case and, call, html, index, slice, js, len, not, or, print, printf, println, urlquery
  case eq, ge, gt, le, lt, ne

  /// Every builtin name.
  static let names: Set<String> = Set(allCases.map(\.rawValue))

  var signature: CallSignature {
    switch self {
    case .and, .or, .call, .index, .slice, .eq: return Self.valueThenValues
    case .html, .js, .urlquery, .print, .println: return Self.anything
    case .printf: return Self.formatThenAnything
    case .len, .not: return Self.oneValue
    case .ge, .gt, .le, .lt, .ne: return Self.twoValues
    }
  }

  // The signatures, built once (an array literal of these enums is allocated at each use).
  private static let valueThenValues: CallSignature = (
    [.reflectValue], .reflectValue
  )
  private static let anything: CallSignature = ([], .go(.any))
  private static let formatThenAnything: CallSignature = (
    [.go(.string)], .go(.any)
  )
  private static let oneValue: CallSignature = ([.reflectValue], nil)
  private static let twoValues: CallSignature = (
    [.reflectValue, .reflectValue], nil
  )

  func invoke(_ argv: [Operand], executor: Executor) throws -> Operand {
    switch self {
    case .and, .or, .call: return .invalid  // handled by the caller
    case .not: return .concrete(.bool(!Builtin.truth(argv[0])))
    case .len: return .concrete(.int(try Builtin.length(argv[0])))
    case .index: return try Builtin.index(argv[0], Array(argv.dropFirst()))
    case .slice: return try Builtin.slice(argv[0], Array(argv.dropFirst()))
    case .print: return .concrete(.string(GoFormatterBridge.sprint(argv.map(\.value))))
    case .println: return .concrete(.string(GoFormatterBridge.sprintln(argv.map(\.value))))
    case .printf:
      let format = argv[0].value.stringValue ?? ""
      return .concrete(.string(GoFormatterBridge.sprintf(format, argv.dropFirst().map(\.value))))
    case .html: return .concrete(.string(GoEscapers.html(GoEscapers.evalArgs(argv))))
    case .js: return .concrete(.string(GoEscapers.js(GoEscapers.evalArgs(argv))))
    case .urlquery: return .concrete(.string(GoEscapers.queryEscape(GoEscapers.evalArgs(argv))))
    case .eq: return .concrete(.bool(try Comparison.eq(argv[0], Array(argv.dropFirst()))))
    case .ne: return .concrete(.bool(!(try Comparison.eq(argv[0], [argv[1]]))))
    case .lt: return .concrete(.bool(try Comparison.lt(argv[0], argv[1])))
    case .le: return .concrete(.bool(try Comparison.le(argv[0], argv[1])))
    case .gt: return .concrete(.bool(!(try Comparison.le(argv[0], argv[1]))))
    case .ge: return .concrete(.bool(!(try Comparison.lt(argv[0], argv[1]))))
    }
  }

  /// Go's `truth`: `isTrue` after looking through an interface.
  static func truth(_ v: Operand) -> Bool {
    if !v.isValid { return false }
    return v.value.isTruthy
  }

  static func length(_ item: Operand) throws -> Int {
    if !item.isValid { throw FunctionError("reflect: call of reflect.Value.Type on zero Value") }
    switch item.value {
    case .null: throw FunctionError("len of nil pointer")
    case .string(let s): return GoByteString.byteCount(s)
    case .list(let l): return l.count
    case .map(let m): return m.count
    case .object(let o):
      if let items = o.sliceItems { return items.count }
      if let entries = o.mapEntries { return entries.count }
      if o.goKind == .map || o.goKind == .array || o.goKind == .chan { return 0 }
      return try { throw FunctionError("len of type \(o.goTypeName)") }()
    default: throw FunctionError("len of type \(item.value.goTypeName)")
    }
  }

  /// Go's `indexArg`.
  static func indexArg(_ index: Operand, cap: Int) throws -> Int {
    let x: Int64
    switch index.value {
    case .int(let i): x = Int64(i)
    case .int64(let i): x = i
    case .null: throw FunctionError("cannot index slice/array with nil")
    default: throw FunctionError("cannot index slice/array with type \(index.value.goTypeName)")
    }
    if x < 0 || x > Int64(cap) { throw FunctionError("index out of range: \(x)") }
    return Int(x)
  }

  static func index(_ item: Operand, _ indexes: [Operand]) throws -> Operand {
    if item.value.isNil { throw FunctionError("index of untyped nil") }
    var item = item
    for index in indexes {
      if item.value.isNil { throw FunctionError("index of nil pointer") }
      switch item.value {
      case .string(let s):
        let bytes = GoByteString.bytes(s)
        let x = try indexArg(index, cap: bytes.count)
        if x == bytes.count { throw FunctionError("reflect: string index out of range") }
        item = .concrete(.int(Int(bytes[x])))
      case .list(let l):
        let x = try indexArg(index, cap: l.count)
        if x == l.count { throw FunctionError("reflect: slice index out of range") }
        item = .element(l[x])
      case .map(let m):
        switch index.value {
        case .string(let k):
          item = MapElements.element(of: m, key: k)
        case .null:
          if !index.isValid { throw FunctionError("value is nil; should be of type string") }
          throw FunctionError("value has type interface {}; should be string")
        default:
          throw FunctionError("value has type \(index.value.goTypeName); should be string")
        }
      case .object(let o):
        if let items = o.sliceItems {
          let x = try indexArg(index, cap: items.count)
          if x == items.count { throw FunctionError("reflect: slice index out of range") }
          item = .concrete(items[x])
        } else if let entries = o.mapEntries {
          guard case .string(let k) = index.value else {
            throw FunctionError("value has type \(index.value.goTypeName); should be string")
          }
          item = .concrete(entries.first { $0.key == k }?.value ?? .null)
        } else if o.goKind == .map {
          guard case .string(let k) = index.value else {
            throw FunctionError("value has type \(index.value.goTypeName); should be string")
          }
          if case .field(let v) = o.member(named: k) { item = .concrete(v) } else { item = .element(.null) }
        } else {
          throw FunctionError("can't index item of type \(o.goTypeName)")
        }
      default:
        throw FunctionError("can't index item of type \(item.value.goTypeName)")
      }
    }
    return item
  }

  static func slice(_ item: Operand, _ indexes: [Operand]) throws -> Operand {
    if item.value.isNil { throw FunctionError("slice of untyped nil") }
    if indexes.count > 3 { throw FunctionError("too many slice indexes: \(indexes.count)") }
    let length: Int
    switch item.value {
    case .string(let s):
      if indexes.count == 3 { throw FunctionError("cannot 3-index slice a string") }
      length = GoByteString.byteCount(s)
    case .list(let l): length = l.count
    default:
      if let items = item.value.sliceItems {
        length = items.count
      } else {
        throw FunctionError("can't slice item of type \(item.value.goTypeName)")
      }
    }
    var idx = [0, length, 0]
    for (i, index) in indexes.enumerated() { idx[i] = try indexArg(index, cap: length) }
    if idx[0] > idx[1] { throw FunctionError("invalid slice index: \(idx[0]) > \(idx[1])") }
    if indexes.count == 3 && idx[1] > idx[2] {
      throw FunctionError("invalid slice index: \(idx[1]) > \(idx[2])")
    }
    switch item.value {
    case .string(let s):
      return .concrete(.string(GoByteString.fromBytes(GoByteString.bytes(s)[idx[0]..<idx[1]])))
    case .list(let l):
      return .concrete(.list(Array(l[idx[0]..<idx[1]])))
    case .object(let o):
      let items = o.sliceItems ?? []
      return .concrete(
        .object(
          TypedSlice(elementType: String(o.goTypeName.dropFirst(2)), items: Array(items[idx[0]..<idx[1]]))))
    default:
      return .invalid
    }
  }

  static func call(name: String, _ argv: [Operand]) throws -> Operand {
    guard let fn = argv.first, !fn.value.isNil else { throw FunctionError("call of nil") }
    throw FunctionError("non-function \(name) of type \(fn.value.goTypeName)")
  }
}
