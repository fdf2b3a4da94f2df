import GoLib
import Values

/// `.Files`: the chart's non-template files, with Helm's accessor methods
/// (Go type `engine.files`, a `map[string][]byte`).
public struct ChartFilesObject: GoObject, GoJSONEncodable {
  /// Path → contents, for the files a chart exposes (everything but templates, values,
  /// Chart.yaml and subcharts).
  public let files: [String: [UInt8]]
  /// Helm's `toYaml`, used by `AsConfig` and `AsSecrets`.
  let toYaml: @Sendable (Value) -> String

  public init(files: [String: [UInt8]], toYaml: @escaping @Sendable (Value) -> String) {
    self.files = files
    self.toYaml = toYaml
  }

  public var goTypeName: String { "engine.files" }
  public var goKind: GoKind { .map }
  public var isTruthy: Bool { !files.isEmpty }
  public var mapEntries: [(key: String, value: Value)]? {
    files.keys.sorted(by: goStringLess).map { ($0, TypedSlice.bytes(files[$0]!)) }
  }

  private func with(_ subset: [String: [UInt8]]) -> ChartFilesObject {
    ChartFilesObject(files: subset, toYaml: toYaml)
  }

  public func member(named name: String) -> GoMember? {
    switch name {
    case "Get":
      return .method(
        GoMethod(arity: 1, parameterTypes: ["string"]) { args in
          .string(files[args[0].stringValue ?? ""].map { GoByteString.fromBytes($0) } ?? "")
        })
    case "GetBytes":
      return .method(
        GoMethod(arity: 1, parameterTypes: ["string"]) { args in
          TypedSlice.bytes(files[args[0].stringValue ?? ""] ?? [])
        })
    case "Glob":
      return .method(
        GoMethod(arity: 1, parameterTypes: ["string"]) { args in
          let pattern = GlobPattern(args[0].stringValue ?? "") ?? .everything
          var selected: [String: [UInt8]] = [:]
          // Helm ranges over a Go map; a name on which gobwas panics fails the call whatever
          // the order, so the names are tried in a fixed one.
          for name in files.keys.sorted(by: goStringLess) {
            do throws(GlobPattern.MatchPanic) {
              if try pattern.matches(name) { selected[name] = files[name] }
            } catch {
              throw FilesMethodError(error.description)
            }
          }
          return .object(with(selected))
        })
    case "Lines":
      return .method(
        GoMethod(arity: 1, parameterTypes: ["string"]) { args in
          guard let data = files[args[0].stringValue ?? ""] else { return TypedSlice.strings([]) }
          if data.isEmpty { throw FilesMethodError("runtime error: index out of range [-1]") }
          var lines = String(decoding: data, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
          if lines.last == "" { lines.removeLast() }
          return TypedSlice.strings(lines.map(String.init))
        })
    case "AsConfig":
      return .method(
        GoMethod(arity: 0) { _ in
          .string(toYaml(.map(basenameMap { .string(GoByteString.fromBytes($0)) })))
        })
    case "AsSecrets":
      return .method(
        GoMethod(arity: 0) { _ in
          .string(toYaml(.map(basenameMap { .string(GoBase64.encode($0)) })))
        })
    default: return nil
    }
  }

  private func basenameMap(_ transform: ([UInt8]) -> Value) -> [String: Value] {
    var out: [String: Value] = [:]
    // Sorted so that a basename clash resolves the same way every time.
    for key in files.keys.sorted(by: goStringLess) {
      let base = key.split(separator: "/").last.map(String.init) ?? key
      out[base] = transform(files[key]!)
    }
    return out
  }

  public func formatted(plus: Bool, sharp: Bool) -> String {
    let body = files.keys.sorted(by: goStringLess).map { key in
      "\(key):[" + files[key]!.map { String($0) }.joined(separator: " ") + "]"
    }
    if sharp { return "engine.files{" + (body.isEmpty ? "" : "...") + "}" }
    return "map[" + body.joined(separator: " ") + "]"
  }

  public func goJSONValue() -> Value {
    .map(files.mapValues { .string(GoBase64.encode($0)) })
  }
}

/// An error a `.Files` method returns (Go panics recovered by text/template included).
public struct FilesMethodError: Error, CustomStringConvertible {
  public let description: String
  init(_ description: String) { self.description = description }
}
