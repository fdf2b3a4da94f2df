#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Go's `os.ReadDir` for names only: the entries of a folder (without `.` and `..`) in
/// bytewise order, read with `opendir`/`readdir`. Foundation's `contentsOfDirectory` made
/// generic types at run time that had the runtime scan the binary's conformance table (a
/// third of `chartc --version`).
public enum GoReadDir {
  public static func names(_ path: String) throws(GoPathError) -> [String] {
    guard let dir = opendir(path) else { throw GoPathError(op: "open", path: path, errno: errno) }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name == "." || name == ".." { continue }
      names.append(name)
    }
    return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}
