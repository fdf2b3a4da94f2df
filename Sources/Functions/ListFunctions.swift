import GoLib
import Template
import Values

/// Sprig's list functions and their `must` forms. Both forms fail the same way in a
/// template: the plain form panics with the error the `must` form returns.
enum ListFunctions {
  static var table: FunctionTable {
    var t = FunctionTable()
    for name in ["list", "tuple"] {
      t.define(name, [], variadic: .any) { call in .list(call.arguments) }
    }
    for name in ["append", "push", "mustAppend", "mustPush"] {
      t.define(name, [.any, .any]) { call in
        .list(try items(call.value(0), "Cannot push on type") + [call.value(1)])
      }
    }
    for name in ["prepend", "mustPrepend"] {
      t.define(name, [.any, .any]) { call in
        .list([call.value(1)] + (try items(call.value(0), "Cannot prepend on type")))
      }
    }
    for name in ["first", "mustFirst"] {
      t.define(name, [.any]) { call in try items(call.value(0), "Cannot find first on type").first ?? .null }
    }
    for name in ["last", "mustLast"] {
      t.define(name, [.any]) { call in try items(call.value(0), "Cannot find last on type").last ?? .null }
    }
    for name in ["rest", "mustRest"] {
      t.define(name, [.any]) { call in
        .list(Array(try items(call.value(0), "Cannot find rest on type").dropFirst()))
      }
    }
    for name in ["initial", "mustInitial"] {
      t.define(name, [.any]) { call in
        .list(Array(try items(call.value(0), "Cannot find initial on type").dropLast()))
      }
    }
    for name in ["reverse", "mustReverse"] {
      t.define(name, [.any]) { call in
        .list(try items(call.value(0), "Cannot find reverse on type").reversed())
      }
    }
    for name in ["compact", "mustCompact"] {
      t.define(name, [.any]) { call in
        .list(try items(call.value(0), "Cannot compact on type").filter { !GoReflect.isEmpty($0) })
      }
    }
    for name in ["uniq", "mustUniq"] {
      t.define(name, [.any]) { call in
        var out: [Value] = []
        for item in try items(call.value(0), "Cannot find uniq on type")
        where !out.contains(where: { GoReflect.deepEqual(item, $0) }) {
          out.append(item)
        }
        return .list(out)
      }
    }
    for name in ["without", "mustWithout"] {
      t.define(name, [.any], variadic: .any) { call in
        let omit = Array(call.rest(from: 1))
        return .list(
          try items(call.value(0), "Cannot find without on type").filter { item in
            !omit.contains { GoReflect.deepEqual(item, $0) }
          })
      }
    }
    for name in ["has", "mustHas"] {
      t.define(name, [.any, .any]) { call in
        let haystack = call.value(1)
        if haystack.isNil { return .bool(false) }
        let needle = call.value(0)
        return .bool(
          try items(haystack, "Cannot find has on type").contains { GoReflect.deepEqual(needle, $0) })
      }
    }
    for name in ["slice", "mustSlice"] {
      t.define(name, [.any], variadic: .any) { call in try slice(call.value(0), Array(call.rest(from: 1))) }
    }
    t.define("concat", [], variadic: .any) { call in
      var out: [Value] = []
      for list in call.arguments {
        if list.isNil { throw FunctionErrors.nilDereference }
        guard let elements = list.sliceItems else {
          throw FunctionError("Cannot concat type \(list.kindName) as list")
        }
        out += elements
      }
      return .list(out)
    }
    for name in ["chunk", "mustChunk"] {
      t.define(name, [.int, .any]) { call in try chunk(size: call.int(0), call.value(1)) }
    }
    return t
  }

  /// The elements of a slice argument; nil panics as Go's `reflect.TypeOf(nil).Kind()`
  /// does, anything else fails with `MESSAGE KIND`.
  static func items(_ v: Value, _ message: String) throws -> [Value] {
    if v.isNil { throw FunctionErrors.nilDereference }
    guard let elements = v.sliceItems else { throw FunctionError("\(message) \(v.kindName)") }
    return elements
  }

  /// Sprig's `slice list [start [end]]`: `reflect.Value.Slice`, keeping the slice type.
  static func slice(_ list: Value, _ indices: [Value]) throws -> Value {
    if list.isNil { throw FunctionErrors.nilDereference }
    guard let elements = list.sliceItems else {
      throw FunctionError("list should be type of slice or array but \(list.kindName)")
    }
    if elements.isEmpty { return .null }
    let start = indices.count > 0 ? GoCast.toInt(indices[0]) : 0
    let end = indices.count < 2 ? elements.count : GoCast.toInt(indices[1])
    guard start >= 0, end >= start, end <= elements.count else { throw FunctionErrors.reflectSliceBounds }
    let part = Array(elements[start..<end])
    if case .object(let o) = list, let typed = o as? TypedSlice {
      return .object(TypedSlice(elementType: typed.elementType, items: part))
    }
    return .list(part)
  }

  /// Sprig's `chunk`, with its float arithmetic and Go's `makeslice` panics for sizes
  /// that make no sense.
  static func chunk(size: Int, _ list: Value) throws -> Value {
    if list.isNil { throw FunctionErrors.nilDereference }
    guard let elements = list.sliceItems else { throw FunctionError("Cannot chunk type \(list.kindName)") }
    let l = elements.count
    let cs = GoCast.goInt64((Double(l - 1) / Double(size)).rounded(.down) + 1)
    guard cs >= 0, cs <= Int64(l) + 1 else { throw FunctionErrors.makesliceLength }
    var chunks: [Value] = []
    for i in 0..<Int(cs) {
      var clen = size
      if i == Int(cs) - 1 {
        clen = Int(GoCast.goInt64(Double(l).truncatingRemainder(dividingBy: Double(size)).rounded(.down)))
        if clen == 0 { clen = size }
      }
      guard clen >= 0 else { throw FunctionErrors.makesliceLength }
      var part: [Value] = []
      for j in 0..<clen {
        let (ix, o1) = i.multipliedReportingOverflow(by: size)
        let (index, o2) = ix.addingReportingOverflow(j)
        guard !o1, !o2, index >= 0, index < l else {
          throw FunctionError("reflect: slice index out of range")
        }
        part.append(elements[index])
      }
      chunks.append(.list(part))
    }
    return .object(TypedSlice(elementType: "[]interface {}", items: chunks))
  }
}
