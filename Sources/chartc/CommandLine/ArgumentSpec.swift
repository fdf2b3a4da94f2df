/// One positional argument of a command: its placeholder, its help, and whether it takes
/// every remaining positional value (`[<inputs> ...]`) or at most one (`[<NAME>]`).
struct ArgumentSpec: Sendable {
  let valueName: String
  let help: String
  var repeating = false
}
