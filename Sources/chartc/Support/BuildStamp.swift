// The commit chartc was built from. `make release` / `make install` write the real commit
// here before building and restore this file afterwards; "unknown" means a plain
// `swift build`, where `BuildInfo` asks `git describe` in the source checkout instead.
enum BuildStamp {
  static let commit = "unknown"
}
