import Synchronization
import Validation

/// The documents of the inputs `chartc validate` read ahead (those that may hold a CRD), by
/// input index, each taken once by the job that validates it: the job that takes an input's
/// documents is the one that frees them, on its own thread, instead of all of them being
/// freed together when the last job ends.
final class ReadAheadManifests: Sendable {
  private let manifests: Mutex<[Int: [LocatedManifest]]>

  init(_ manifests: [Int: [LocatedManifest]]) {
    self.manifests = Mutex(manifests)
  }

  /// The documents of input `index`, now held by the caller alone; nil when it was not read
  /// ahead.
  func take(_ index: Int) -> [LocatedManifest]? {
    manifests.withLock { $0.removeValue(forKey: index) }
  }
}
