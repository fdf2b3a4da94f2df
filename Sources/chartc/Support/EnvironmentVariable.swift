#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One environment variable, read with `getenv`: Foundation's `ProcessInfo.environment`
/// builds a dictionary of the whole environment to answer (about 0.4 M instructions the
/// first time, in every command that asks).
enum EnvironmentVariable {
  static func value(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
