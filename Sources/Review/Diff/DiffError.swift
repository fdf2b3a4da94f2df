/// A problem with a diff's inputs (a revision, a file, a render), worded for the user.
public struct DiffError: Error, Sendable, CustomStringConvertible {
  public let description: String
  public init(_ description: String) { self.description = description }
}
