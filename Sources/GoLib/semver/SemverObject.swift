import Values

/// `*semver.Version` (and the `semver.Version` values `Inc*`/`Set*` return) as a template
/// object: Masterminds' methods, `%v` as `String()`.
extension SemverVersion: GoObject {
  public var goTypeName: String { isPointer ? "*semver.Version" : "semver.Version" }
  public var goKind: GoKind { isPointer ? .ptr : .struct }

  public func formatted(plus: Bool, sharp: Bool) -> String { string }

  /// The comparison methods take a `*semver.Version`, as in Masterminds/semver.
  public func parameterTypes(ofMethod name: String) -> (fixed: [GoArgumentType], variadic: GoArgumentType?)? {
    switch name {
    case "Compare", "LessThan", "LessThanEqual", "GreaterThan", "GreaterThanEqual", "Equal":
      return ([.named("*semver.Version")], nil)
    default: return nil
    }
  }

  public func member(named name: String) -> GoMember? {
    let me = self
    func method0(_ body: @escaping @Sendable () -> Value) -> GoMember {
      .method(GoMethod(arity: 0) { _ in body() })
    }
    func methodVersion(_ body: @escaping @Sendable (SemverVersion) -> Value) -> GoMember {
      .method(
        GoMethod(arity: 1) { args in
          guard case .object(let o) = args[0], let other = o as? SemverVersion, other.isPointer else {
            throw GoMethodError(
              "can't handle \(Self.goQuoted(args[0])) for arg of type *semver.Version")
          }
          return body(other)
        })
    }
    // Pointer-receiver methods are not in the method set of a `semver.Version` value.
    let pointerOnly: Set<String> = [
      "Original", "Compare", "LessThan", "LessThanEqual", "GreaterThan", "GreaterThanEqual", "Equal",
    ]
    if !isPointer && pointerOnly.contains(name) { return nil }
    switch name {
    case "Major": return method0 { .object(GoUInt64(me.major)) }
    case "Minor": return method0 { .object(GoUInt64(me.minor)) }
    case "Patch": return method0 { .object(GoUInt64(me.patch)) }
    case "Prerelease": return method0 { .string(me.prerelease) }
    case "Metadata": return method0 { .string(me.metadata) }
    case "Original": return method0 { .string(me.original) }
    case "String": return method0 { .string(me.string) }
    case "IncPatch": return method0 { .object(me.incremented(major: false, minor: false)) }
    case "IncMinor": return method0 { .object(me.incremented(major: false, minor: true)) }
    case "IncMajor": return method0 { .object(me.incremented(major: true, minor: false)) }
    case "Compare": return methodVersion { .int(me.compare($0)) }
    case "LessThan": return methodVersion { .bool(me.compare($0) < 0) }
    case "LessThanEqual": return methodVersion { .bool(me.compare($0) <= 0) }
    case "GreaterThan": return methodVersion { .bool(me.compare($0) > 0) }
    case "GreaterThanEqual": return methodVersion { .bool(me.compare($0) >= 0) }
    case "Equal": return methodVersion { .bool(me.compare($0) == 0) }
    case "SetPrerelease", "SetMetadata":
      let isPre = name == "SetPrerelease"
      return .method(
        GoMethod(arity: 1, returnsError: true) { args in
          guard case .string(let s) = args[0] else {
            throw GoMethodError("can't handle \(Self.goQuoted(args[0])) for arg of type string")
          }
          var next = me
          next.isPointer = false
          do {
            if isPre {
              if !s.isEmpty { try Self.validatePrerelease(s) }
              next.prerelease = s
            } else {
              if !s.isEmpty { try Self.validateMetadata(s) }
              next.metadata = s
            }
          } catch let e as ParseError {
            throw GoMethodError(e.message)
          }
          next.original = me.originalVPrefix + next.string
          return .object(next)
        })
    default: return nil
    }
  }

  /// The backslash escapes of the quoted strings in semver's error messages.
  static let quoteEscaper = ScalarEscaper(["\\": "\\\\", "\"": "\\\"", "\n": "\\n", "\t": "\\t"])

  static func goQuoted(_ v: Value) -> String {
    if case .string(let s) = v { return quoteEscaper.quote(s) }
    return GoFormatter.formatV(v)
  }
}
