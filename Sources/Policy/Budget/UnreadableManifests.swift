import Checking

/// A render whose manifest stream is not readable YAML: nothing in it can be counted, so
/// the budget check fails rather than report an empty render as within budget.
public struct UnreadableManifests: Error, Sendable, CustomStringConvertible {
  public let reason: String

  public var description: String { "cannot read the rendered manifests: \(reason)" }

  /// Throws when `release`'s stream could not be read.
  static func check(_ release: RenderedRelease) throws(UnreadableManifests) {
    if let reason = release.streamReadError { throw UnreadableManifests(reason: reason) }
  }
}
