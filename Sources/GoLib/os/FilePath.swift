#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// File paths as strings, the way Go's `path/filepath` treats them, for code that must not
/// go through Foundation's `URL` (whose first use makes generic types at run time that have
/// the runtime scan the binary's conformance table).
public enum FilePath {
  /// `path` made absolute against the working directory, its `.` and `..` components and
  /// repeated or trailing `/` removed (what `URL(fileURLWithPath:).standardized.path` gives).
  public static func absolute(_ path: String) -> String {
    var path = path
    if !path.hasPrefix("/"), let cwd = getcwd(nil, 0) {
      defer { free(cwd) }
      path = String(cString: cwd) + "/" + path
    }
    // Strings, not Substrings: joining or adding Substrings runs generic code met first at
    // run time
    var parts: [String] = []
    for part in path.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(String(part))
      }
    }
    if parts.isEmpty { return "/" }
    var clean = ""
    for part in parts {
      clean.append("/")
      clean.append(part)
    }
    return clean
  }

  /// `path` without its last component (`/` for a file at the root, `.` for a bare name).
  public static func parent(_ path: String) -> String {
    var path = Substring(path)
    while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
