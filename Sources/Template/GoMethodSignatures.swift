import Values

/// Optional Go signatures for an object's methods, so that calls are checked as Go's
/// reflect-based call checks them (`expected string; found 5`, `wrong type for value;
/// expected string; got int`). Objects without it have every parameter typed
/// `interface {}` and only their arity checked.
public protocol GoMethodSignatures {
  /// The parameter types of the method `name` (nil: unknown, accept anything).
  func parameterTypes(ofMethod name: String) -> (fixed: [GoArgumentType], variadic: GoArgumentType?)?
}
