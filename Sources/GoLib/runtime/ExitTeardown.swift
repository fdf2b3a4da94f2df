import Synchronization

/// Memory a one-shot process leaves to the system at exit instead of freeing it object by
/// object, as compilers do (clang's `-disable-free`).
///
/// A render's parse trees, values and chart are graphs of many small objects; releasing them
/// one by one when a command is about to exit costs a tenth of a cold render (mysql: 83.5
/// → 74.6 million instructions, and a third of its CPU time). A command-line tool that runs
/// one job and exits calls `leaveToExit()` at start; the stages hand their large graphs to
/// `keep(_:)` where they would otherwise drop them. Until then, and in every other process (tests, matrix commands,
/// `chartc bench`), `keep` does nothing and memory is freed as usual.
public enum ExitTeardown {
  private static let leaving = Atomic<Bool>(false)
  private static let kept = Mutex<[any Sendable]>([])

  /// From now on, what is handed to `keep` is held until the process exits.
  public static func leaveToExit() { leaving.store(true, ordering: .relaxed) }

  /// Whether `keep` holds what it is given.
  public static var leavesToExit: Bool { leaving.load(ordering: .relaxed) }

  /// Holds `graph` until the process exits when `leaveToExit()` was called; nothing
  /// otherwise.
  public static func keep(_ graph: some Sendable) {
    guard leavesToExit else { return }
    kept.withLock { $0.append(graph) }
  }
}
