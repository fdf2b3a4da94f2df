import GoLib
import Template
import Values

/// Sprig's integer math (int64 with spf13/cast conversions, wrap-around on overflow,
/// Go's divide-by-zero panic), float math (shopspring/decimal for `addf`...), rounding,
/// and the integer sequences `until`, `untilStep` and `seq`.
enum MathFunctions {
  static var table: FunctionTable {
    var t = FunctionTable()
    let i64 = GoCast.toInt64
    let f64 = GoCast.toFloat64
    t.define("add1", [.any]) { call in .int64(i64(call.value(0)) &+ 1) }
    t.define("add", [], variadic: .any) { call in .int64(call.arguments.reduce(0) { $0 &+ i64($1) }) }
    t.define("sub", [.any, .any]) { call in .int64(i64(call.value(0)) &- i64(call.value(1))) }
    t.define("mul", [.any], variadic: .any) { call in
      .int64(call.rest(from: 1).reduce(i64(call.value(0))) { $0 &* i64($1) })
    }
    t.define("div", [.any, .any]) { call in
      let (a, b) = (i64(call.value(0)), i64(call.value(1)))
      if b == 0 { throw FunctionErrors.integerDivideByZero }
      return .int64(b == -1 ? 0 &- a : a / b)
    }
    t.define("mod", [.any, .any]) { call in
      let (a, b) = (i64(call.value(0)), i64(call.value(1)))
      if b == 0 { throw FunctionErrors.integerDivideByZero }
      return .int64(b == -1 ? 0 : a % b)
    }
    for name in ["max", "biggest"] {
      t.define(name, [.any], variadic: .any) { call in
        .int64(call.rest(from: 1).reduce(i64(call.value(0))) { Swift.max($0, i64($1)) })
      }
    }
    t.define("min", [.any], variadic: .any) { call in
      .int64(call.rest(from: 1).reduce(i64(call.value(0))) { Swift.min($0, i64($1)) })
    }
    t.define("maxf", [.any], variadic: .any) { call in
      .float(call.rest(from: 1).reduce(f64(call.value(0))) { GoMath.max($0, f64($1)) })
    }
    t.define("minf", [.any], variadic: .any) { call in
      .float(call.rest(from: 1).reduce(f64(call.value(0))) { GoMath.min($0, f64($1)) })
    }
    t.define("add1f", [.any]) { call in try decimalOp(call.value(0), [.int(1)], +) }
    t.define("addf", [], variadic: .any) { call in try decimalOp(.float(0), call.arguments[...], +) }
    t.define("subf", [.any], variadic: .any) { call in try decimalOp(call.value(0), call.rest(from: 1), -) }
    t.define("mulf", [.any], variadic: .any) { call in try decimalOp(call.value(0), call.rest(from: 1), *) }
    t.define("divf", [.any], variadic: .any) { call in
      try decimalOp(call.value(0), call.rest(from: 1)) { try $0.divided(by: $1) }
    }
    t.define("floor", [.any]) { call in .float(f64(call.value(0)).rounded(.down)) }
    t.define("ceil", [.any]) { call in .float(f64(call.value(0)).rounded(.up)) }
    t.define("round", [.any, .int], variadic: .float64) { call in
      let roundOn = call.arguments.count > 2 ? call.float(2) : 0.5
      return .float(round(f64(call.value(0)), places: Double(call.int(1)), roundOn: roundOn))
    }
    t.define("until", [.int]) { call in
      let count = call.int(0)
      return try ints(untilStep(0, count, count < 0 ? -1 : 1))
    }
    t.define("untilStep", [.int, .int, .int]) { call in
      try ints(untilStep(call.int(0), call.int(1), call.int(2)))
    }
    t.define("seq", [], variadic: .int) { call in .string(try seq(call.arguments.map { GoCast.toInt($0) })) }
    return t
  }

  /// Sprig's `execDecimalOp`: folds `op` over the decimal forms of the float64 inputs.
  static func decimalOp(
    _ first: Value, _ rest: ArraySlice<Value>,
    _ op: (ShopspringDecimal, ShopspringDecimal) throws -> ShopspringDecimal
  ) throws -> Value {
    var acc = try ShopspringDecimal(GoCast.toFloat64(first))
    for v in rest { acc = try op(acc, try ShopspringDecimal(GoCast.toFloat64(v))) }
    return .float(acc.doubleValue)
  }

  /// Sprig's `round`.
  static func round(_ value: Double, places: Double, roundOn: Double) -> Double {
    let pow = GoMath.pow(10, places)
    let digit = pow * value
    let whole = digit.isFinite ? digit.rounded(.towardZero) : digit
    let fraction = digit - whole
    let rounded = fraction >= roundOn ? digit.rounded(.up) : digit.rounded(.down)
    return rounded / pow
  }

  static let maximumSequenceLength = 10_000_000

  /// Sprig's `untilStep`.
  static func untilStep(_ start: Int, _ stop: Int, _ step: Int) throws -> [Int] {
    let descending = stop < start
    if descending ? step >= 0 : step <= 0 { return [] }
    var out: [Int] = []
    var i = start
    while descending ? i > stop : i < stop {
      out.append(i)
      if out.count > maximumSequenceLength { throw FunctionError("runtime error: sequence too long") }
      let (n, o) = i.addingReportingOverflow(step)
      if o { break }
      i = n
    }
    return out
  }

  private static func ints(_ values: [Int]) -> Value {
    .object(TypedSlice(elementType: "int", items: values.map { .int($0) }))
  }

  /// Sprig's `seq`: like GNU seq, with the separator a space.
  static func seq(_ params: [Int]) throws -> String {
    func joined(_ v: [Int]) -> String { v.map(String.init).joined(separator: " ") }
    switch params.count {
    case 1:
      let end = params[0]
      let increment = end < 1 ? -1 : 1
      return joined(try untilStep(1, end &+ increment, increment))
    case 2:
      let (start, end) = (params[0], params[1])
      let step = end < start ? -1 : 1
      return joined(try untilStep(start, end &+ step, step))
    case 3:
      let (start, step, end) = (params[0], params[1], params[2])
      var increment = 1
      if end < start {
        increment = -1
        if step > 0 { return "" }
      }
      return joined(try untilStep(start, end &+ increment, step))
    default:
      return ""
    }
  }
}
