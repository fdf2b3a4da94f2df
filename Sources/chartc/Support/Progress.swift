import Foundation
import Synchronization

/// Progress of matrix work on stderr, for a person watching a terminal: one line rewritten
/// in place (`[3/15] rendering monitoring/prod`), cleared at the end. Silent when stderr is
/// not a terminal (CI logs, pipes), so it never mixes into captured output. Safe to call from
/// concurrent tasks.
final class Progress: Sendable {
  private let total: Int
  private let enabled: Bool
  private let done = Mutex(0)

  /// `enabled` defaults to whether stderr is a terminal.
  init(total: Int, enabled: Bool = isatty(STDERR_FILENO) == 1) {
    self.total = total
    self.enabled = enabled && total > 0
  }

  /// Reports that `item` is being worked on (done / total so far).
  func working(on item: String) {
    guard enabled else { return }
    done.withLock { write("[\($0)/\(total)] \(item)") }
  }

  /// Reports that `item` is finished.
  func finished(_ item: String) {
    guard enabled else { return }
    done.withLock { done in
      done += 1
      write("[\(done)/\(total)] \(item)")
    }
  }

  /// Clears the progress line.
  func end() {
    guard enabled else { return }
    done.withLock { _ in FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }

  private func write(_ line: String) {
    FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
  }
}
