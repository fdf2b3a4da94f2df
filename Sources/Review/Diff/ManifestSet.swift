import Checking
import Foundation
import Values
import YAML

/// The objects of one render (one chart in one environment) on one side of a diff.
public struct ManifestSet: Sendable {
  /// The chart name (the matrix name, or the chart's own name).
  public var chart: String
  /// The environment of the render matrix (empty outside a matrix).
  public var environment: String
  public var documents: [DiffDocument]
}

extension ManifestSet {
  /// The objects of a render. Fails on a document that does not decode, naming it.
  public init(chart: String, environment: String, release: RenderedRelease) throws {
    if let error = release.streamReadError {
      throw DiffError("\(chart): the rendered stream is not YAML: \(error)")
    }
    var documents: [DiffDocument] = []
    for object in release.objects {
      if let error = object.readError {
        throw DiffError(
          "\(chart): document \(object.index + 1) (\(object.template)) does not decode: \(error)")
      }
      if case .null = object.value { continue }
      documents.append(DiffDocument(object))
    }
    self.init(chart: chart, environment: environment, documents: documents)
  }

  /// The objects of a manifest stream (`helm template` output, or any multi-document YAML);
  /// objects that name no namespace get `namespace` unless their kind is cluster-scoped.
  public init(chart: String, environment: String, stream: String, name: String, namespace: String) throws {
    let documents: [ManifestDocument]
    do {
      documents = try ManifestReader.read(stream)
    } catch {
      throw DiffError("\(name): \(error)")
    }
    let sources = SourceComments(stream)
    var decoded: [DiffDocument] = []
    for document in documents {
      let value: Value
      do {
        value = try document.value()
      } catch {
        throw DiffError("\(name):\(document.startLine): \(error)")
      }
      guard case .map = value else {
        if case .null = value { continue }
        throw DiffError("\(name):\(document.startLine): a manifest document must be a map")
      }
      let kind = document.kind
      let written = document.string(at: ["metadata", "namespace"]) ?? ""
      let resolved =
        ClusterScopedKinds.contains(kind: kind)
        ? "" : (written.isEmpty ? namespace : written)
      let reference = ObjectReference(
        apiVersion: document.apiVersion, kind: kind, namespace: resolved, name: document.name)
      decoded.append(
        DiffDocument(reference: reference, value: value, template: sources.source(before: document.startLine))
      )
    }
    self.init(chart: chart, environment: environment, documents: decoded)
  }
}
