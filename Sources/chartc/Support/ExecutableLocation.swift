import Foundation

/// The running chartc's own file, symlinks resolved (`/proc/self/exe` on Linux), so that an
/// installed binary finds `PREFIX/share/chartc/schemas` however it was invoked (`chartc`
/// through the PATH gives no directory in `argv[0]`).
enum ExecutableLocation {
  static var path: String? {
    if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return resolved
    }
    if let bundled = Bundle.main.executablePath { return bundled }
    return CommandLine.arguments.first
  }
}
