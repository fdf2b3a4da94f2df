/// The work of a command whose command line has been parsed and checked.
enum CommandBody: Sendable {
  /// Work run on the calling thread.
  case synchronous(@Sendable () throws -> Void)
  /// Work run on a task.
  case asynchronous(@Sendable () async throws -> Void)
}

/// A command built from its parse result (reading and checking its values) and declared by
/// its `spec`.
protocol ParsedCommand: Sendable {
  static var spec: CommandSpec { get }
  init(_ arguments: ParsedArguments) throws
}

/// A command whose work is synchronous.
protocol SynchronousCommand: ParsedCommand {
  func run() throws
}

/// A command whose work is asynchronous.
protocol AsynchronousCommand: ParsedCommand {
  func run() async throws
}

extension SynchronousCommand {
  /// The command built from `arguments`, as work to run.
  static func start(_ arguments: ParsedArguments) throws -> CommandBody {
    let command = try Self(arguments)
    return .synchronous { try command.run() }
  }
}

extension AsynchronousCommand {
  /// The command built from `arguments`, as work to run.
  static func start(_ arguments: ParsedArguments) throws -> CommandBody {
    let command = try Self(arguments)
    return .asynchronous { try await command.run() }
  }
}

/// Ends a command with an exit status and nothing more to print (the command has reported).
struct ExitStatus: Error {
  let code: Int32
  static let failure = ExitStatus(code: 1)
}
