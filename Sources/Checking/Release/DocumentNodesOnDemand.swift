import Synchronization
import YAML

/// The nodes of one document `BlockManifestReader` read from a stream, read again from the
/// document's text (through libyaml, with stream positions) the first time they are asked
/// for, then kept: checks that only need the decoded object never pay for them.
final class DocumentNodesOnDemand: Sendable {
  private let stream: String
  private let document: BlockManifestReader.Document
  private let nodes = Mutex<ManifestDocument?>(nil)

  init(stream: String, document: BlockManifestReader.Document) {
    self.stream = stream
    self.document = document
  }

  /// The document's nodes, with the positions a read of the whole stream gives them.
  var value: ManifestDocument {
    nodes.withLock { known in
      if let known { return known }
      // the block reader read this text, so libyaml reads it too
      let read = (try? document.nodes(in: stream)) ?? ManifestDocument.empty(startLine: document.firstLine)
      known = read
      return read
    }
  }
}
