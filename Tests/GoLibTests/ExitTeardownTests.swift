import Testing

@testable import GoLib

/// `ExitTeardown`: until a one-shot command asks for it, what is handed to `keep` is freed
/// as usual (tests, matrix commands and `chartc bench` never hold memory until exit).
@Suite struct ExitTeardownTests {
  final class Graph: Sendable {}

  @Test func keepHoldsNothingUnlessAskedTo() {
    #expect(!ExitTeardown.leavesToExit)
    weak var watched: Graph?
    do {
      let graph = Graph()
      watched = graph
      ExitTeardown.keep(graph)
    }
    #expect(watched == nil)
  }
}
