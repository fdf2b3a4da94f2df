import GoLib
import Values

/// The part of a chart that value coalescing needs: its name (the alias, once dependency
/// processing renamed it), its default values (`values.yaml`, decoded) and its enabled
/// subcharts in Helm's dependency order.
public struct CoalescingChart: Sendable {
  public var name: String
  public var values: GoMap
  public var dependencies: [CoalescingChart]

  public init(name: String, values: GoMap, dependencies: [CoalescingChart] = []) {
    self.name = name
    self.values = values
    self.dependencies = dependencies
  }
}

/// A failure of coalescing: `type mismatch on <subchart>: <%t of the value>`.
public struct ValueCoalescingError: Error, Equatable, Sendable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// Helm's coalescing of user values over chart defaults, and of parents over subcharts
/// (`pkg/chart/common/util/coalesce.go`), plus the plain deep merge of several `-f` files.
///
/// Rules (user U over defaults D, warning prefix P = the chart path such as `p.sub1`):
/// a user null deletes the key; two maps merge; a user map over a default scalar is kept
/// with `warning: skipped value for P.k: Not a table.`; a key only in D is copied unless
/// null (nulls inside copied maps are dropped); a key only in U is kept, even null. Each
/// subchart S gets `U[S]` (created when absent), the parent's `global` merged over its own,
/// and is coalesced recursively. Warnings are returned in a stable (sorted-key) order,
/// without Go's log prefix; Helm prints them in random map order.
public enum ValueCoalescing {
  /// `CoalesceValues`: the values a render sees. `userValues` is deep-copied first.
  public static func coalesce(
    chart: CoalescingChart, userValues: GoMap
  ) throws(ValueCoalescingError) -> (values: GoMap, warnings: [String]) {
    try coalesce(chart: chart, userValues: userValues, keepingNulls: false)
  }

  /// `MergeValues`: like `coalesce`, but nulls are kept (used by dependency processing
  /// before conditions and tags are evaluated).
  public static func mergeKeepingNulls(
    chart: CoalescingChart, userValues: GoMap
  ) throws(ValueCoalescingError) -> (values: GoMap, warnings: [String]) {
    try coalesce(chart: chart, userValues: userValues, keepingNulls: true)
  }

  /// One coalescing run over a deep copy of `userValues` (`merge` keeps nulls).
  private static func coalesce(
    chart: CoalescingChart, userValues: GoMap, keepingNulls: Bool
  ) throws(ValueCoalescingError) -> (values: GoMap, warnings: [String]) {
    var run = CoalescingRun(merge: keepingNulls)
    let dest = userValues.deepCopy()
    try run.coalesce(chart, dest, prefix: "")
    return (dest, run.warnings)
  }

  /// `CoalesceTables(dst, src)`: merges `src` into `dst` in place, `dst` authoritative;
  /// null in `dst` deletes. Returns the warnings.
  @discardableResult
  public static func coalesceTables(_ dst: GoMap, _ src: GoMap) -> [String] {
    var run = CoalescingRun(merge: false)
    run.coalesceTables(dst, src, prefix: "", merge: false)
    return run.warnings
  }

  /// `MergeTables(dst, src)`: like `coalesceTables` but nulls are kept.
  @discardableResult
  public static func mergeTables(_ dst: GoMap, _ src: GoMap) -> [String] {
    var run = CoalescingRun(merge: true)
    run.coalesceTables(dst, src, prefix: "", merge: true)
    return run.warnings
  }

  /// Helm's `MergeMaps(a, b)` for `-f` files and `--set-json {…}`: a new map with `b` over
  /// `a`; maps present on both sides merge recursively, everything else (null included)
  /// replaces.
  public static func mergeMaps(_ a: GoMap, _ b: GoMap) -> GoMap {
    let out = GoMap(a.storage)
    for (k, v) in b.storage {
      if case .map(let vm) = v, case .map(let existing)? = out[k] {
        out[k] = .map(mergeMaps(existing, vm))
        continue
      }
      out[k] = v
    }
    return out
  }
}

/// One coalescing pass; collects warnings in order.
struct CoalescingRun {
  let merge: Bool
  var warnings: [String] = []

  init(merge: Bool) { self.merge = merge }

  mutating func coalesce(_ chart: CoalescingChart, _ dest: GoMap, prefix: String) throws(ValueCoalescingError)
  {
    coalesceValues(chart, dest, prefix: prefix)
    try coalesceDependencies(chart, dest, prefix: prefix)
  }

  private mutating func coalesceDependencies(_ chart: CoalescingChart, _ dest: GoMap, prefix: String)
    throws(ValueCoalescingError)
  {
    for sub in chart.dependencies {
      let subValues: GoMap
      switch dest[sub.name] {
      case nil:
        subValues = GoMap()
        dest[sub.name] = .map(subValues)
      case .map(let m)?:
        subValues = m
      case let other?:
        throw ValueCoalescingError("type mismatch on \(sub.name): \(goPercentT(other))")
      }
      let subPrefix = concatPrefix(prefix, chart.name)
      coalesceGlobals(subValues, dest, prefix: subPrefix)
      try coalesce(sub, subValues, prefix: subPrefix)
      dest[sub.name] = .map(subValues)
    }
  }

  /// The `global` table of `values` (empty when absent), or nil with a warning when it is
  /// not a table.
  private mutating func globals(in values: GoMap, side: String) -> GoMap? {
    switch values["global"] {
    case nil: return GoMap()
    case .map(let m)?: return m
    default:
      warnings.append("warning: skipping globals because \(side) global is not a table.")
      return nil
    }
  }

  /// Copies the parent's `global` table (from `src`) over the subchart's (in `dest`).
  private mutating func coalesceGlobals(_ dest: GoMap, _ src: GoMap, prefix: String) {
    guard let destGlobals = globals(in: dest, side: "destination"),
      let srcGlobals = globals(in: src, side: "source")
    else { return }
    for key in srcGlobals.sortedKeys {
      guard let val = srcGlobals[key] else { continue }
      if case .map(let table) = val {
        let copied = GoMap(table.storage)
        switch destGlobals[key] {
        case nil:
          destGlobals[key] = .map(copied)
        case .map(let destTable)?:
          coalesceTables(copied, destTable, prefix: concatPrefix(prefix, key), merge: true)
          destGlobals[key] = .map(copied)
        default:
          warnings.append("Conflict: cannot merge map onto non-map for \(goQuoted(key)). Skipping.")
        }
      } else if case .map? = destGlobals[key] {
        warnings.append("key \(key) is table. Skipping")
      } else {
        destGlobals[key] = val
      }
    }
    dest["global"] = .map(destGlobals)
  }

  /// Coalesces one chart's defaults into `values` (the user side, authoritative).
  private mutating func coalesceValues(_ chart: CoalescingChart, _ values: GoMap, prefix: String) {
    let subPrefix = concatPrefix(prefix, chart.name)
    // The chart's defaults are only read: what is taken from them is copied as it is taken
    // (Helm copies them whole first; the result is the same, without copying what the user
    // side overrides).
    let defaults = chart.values
    for key in defaults.sortedKeys {
      guard let val = defaults[key] else { continue }
      if let value = values[key] {
        if value.isNil && !merge {
          values[key] = nil
        } else if case .map(let dest) = value {
          if case .map(let src) = val {
            let childMerge = chart.dependencies.contains { $0.name == key } ? true : merge
            coalesceTables(dest, src, prefix: concatPrefix(subPrefix, key), merge: childMerge, copying: true)
          } else if !val.isNil {
            warnings.append("warning: skipped value for \(subPrefix).\(key): Not a table.")
          }
        }
      } else {
        copyDefault(val, to: values, key: key, merge: merge, copying: true)
      }
    }
  }

  /// A default copied where the user side has nothing: as is when merging, else without
  /// nulls (a null default never appears, nor does a null inside a copied map). `copying`:
  /// the default belongs to a chart and must not be shared with the result.
  private func copyDefault(_ val: Value, to dest: GoMap, key: String, merge: Bool, copying: Bool) {
    if merge {
      dest[key] = copying ? val.deepCopy() : val
    } else if !val.isNil {
      dest[key] = withoutNulls(val, copying: copying)
    }
  }

  /// Go's `coalesceTablesFullKey`: merges `src` into `dst`, `dst` authoritative. `copying`:
  /// `src` belongs to a chart; what is taken from it is copied.
  mutating func coalesceTables(_ dst: GoMap, _ src: GoMap, prefix: String, merge: Bool, copying: Bool = false)
  {
    for key in src.sortedKeys {
      guard let val = src[key] else { continue }
      let fullKey = concatPrefix(prefix, key)
      guard let dv = dst[key] else {
        copyDefault(val, to: dst, key: key, merge: merge, copying: copying)
        continue
      }
      if !merge && dv.isNil {
        dst[key] = nil
      } else if case .map(let srcTable) = val {
        if case .map(let dstTable) = dv {
          coalesceTables(dstTable, srcTable, prefix: fullKey, merge: merge, copying: copying)
        } else {
          warnings.append(
            "warning: cannot overwrite table with non table for \(fullKey) (\(GoFormatter.formatV(val)))")
        }
      } else if case .map = dv, !val.isNil {
        warnings.append(
          "warning: destination for \(fullKey) is a table. Ignoring non-table value (\(GoFormatter.formatV(val)))"
        )
      }
    }
  }
}

/// The value with null map entries removed, recursively through maps (lists untouched; the
/// maps are rebuilt). `copying`: `withoutNulls(value.deepCopy())` in one pass, the lists
/// copied whole (their maps keep their nulls).
func withoutNulls(_ value: Value, copying: Bool = false) -> Value {
  switch value {
  case .map(let m):
    // mapValues keeps the dictionary's layout: no key is hashed again
    let kept = m.storage.values.contains(where: \.isNil) ? m.storage.filter { !$0.value.isNil } : m.storage
    return .map(GoMap(kept.mapValues { withoutNulls($0, copying: copying) }, goTypeName: m.goTypeName))
  case .list where copying:
    return value.deepCopy()
  default:
    return value
  }
}

func concatPrefix(_ a: String, _ b: String) -> String {
  a.isEmpty ? b : a + "." + b
}

/// Go's `fmt.Sprintf("%t", v)`.
func goPercentT(_ v: Value) -> String {
  switch v {
  case .bool(let b): return b ? "true" : "false"
  case .null: return "%!t(<nil>)"
  case .list(let items): return "[" + items.map(goPercentT).joined(separator: " ") + "]"
  default: return "%!t(\(v.goTypeName)=\(GoFormatter.formatV(v)))"
  }
}
