import Foundation
import GoLib

/// A file named on the command line (`-f`, `--set-file`), read as Go's `os.ReadFile` reads
/// it: any readable kind of file (pipes, `/dev/stdin`, FIFOs) until end of file, with Go's
/// errors (`open x: no such file or directory`, `read x: is a directory`).
enum UserFile {
  static func read(_ path: String) throws -> Data {
    do throws(GoPathError) {
      return Data(try GoReadFile.read(path))
    } catch {
      throw RenderError(error.description)
    }
  }
}
