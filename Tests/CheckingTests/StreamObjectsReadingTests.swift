import Foundation
import TestSupport
import Testing
import Values
import YAML

@testable import Checking

/// A stream's objects read by the block reader, with their nodes read on demand, are the
/// objects read with their nodes by libyaml: same values, identities, hooks, templates, start
/// lines and node positions, on every corpus render and on streams made to reach the cases the
/// block path reads differently (documents without a node, a `null` document, identities and
/// hooks that are not strings, a list at the root).
struct StreamObjectsReadingTests {
  static let made: [String] = [
    "---\n# Source: a/templates/x.yaml\n# only a comment\n---\n# Source: a/templates/y.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: y\n",
    "---\n# Source: a/templates/x.yaml\nnull\n---\n# Source: a/templates/y.yaml\n--- # c\n---\nkind: Pod\n",
    "---\n# Source: a/templates/n.yaml\napiVersion: 1\nkind: 12345678901\nmetadata:\n  name: true\n  namespace: 0x1F\n  annotations:\n    helm.sh/hook: 5\n",
    "---\n# Source: a/templates/h.yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    helm.sh/hook: pre-install, test\n    other: [1, 2]\n",
    "---\n# Source: a/templates/l.yaml\n- a\n- b\n---\n# Source: a/templates/s.yaml\n\n  \n# c\nplain\n",
    "# Source: a/templates/first.yaml\nkind: Secret\nmetadata: {name: s}\n---\n---\n",
    "---\n# Source: a/templates/e.yaml\nkind:\nmetadata:\n  name: ~\n  namespace: [x]\n",
  ]

  static func corpusStreams() -> [(String, String)] {
    guard let cases = SharedFixtures.shared("corpus/cases") else { return [] }
    var streams: [(String, String)] = []
    for chart in (try? FileManager.default.contentsOfDirectory(atPath: cases))?.sorted() ?? [] {
      let dir = cases + "/" + chart
      for name in (try? FileManager.default.contentsOfDirectory(atPath: dir))?.sorted() ?? [] {
        if let text = try? String(contentsOfFile: dir + "/" + name + "/expected.yaml", encoding: .utf8) {
          streams.append(("\(chart)/\(name)", text))
        }
      }
    }
    return streams
  }

  @Test func madeStreamsReadAsWithTheirNodes() throws {
    for (i, stream) in Self.made.enumerated() {
      #expect(try compare(stream, "made \(i)"), "made \(i) took the full path")
    }
  }

  @Test func corpusRendersReadAsWithTheirNodes() throws {
    let streams = Self.corpusStreams()
    var block = 0
    for (name, stream) in streams where try compare(stream, name) { block += 1 }
    // most renders take the block path (the rest are read the full way, as before)
    #expect(streams.isEmpty || block * 10 >= streams.count * 9, "\(block) of \(streams.count)")
  }

  /// Whether `stream` took the block path; records every difference from the full path.
  func compare(_ stream: String, _ name: String) throws -> Bool {
    let places = TemplatePlaces(stream: stream, files: [:], sourceMaps: nil)
    guard let block = StreamObjects.blockObjects(stream: stream, places: places, namespace: "ns") else {
      return false
    }
    let (full, error) = StreamObjects.fullObjects(stream: stream, places: places, namespace: "ns")
    #expect(error == nil, "\(name)")
    #expect(block.count == full.count, "\(name)")
    for (b, f) in zip(block, full) {
      let at = "\(name) #\(f.index)"
      #expect(b.index == f.index, "\(at)")
      #expect(b.template == f.template, "\(at)")
      #expect(b.reference == f.reference, "\(at)")
      #expect(b.hooks == f.hooks, "\(at)")
      #expect(b.readError == f.readError, "\(at)")
      #expect(Self.same(b.value, f.value), "\(at)")
      #expect(b.document.startLine == f.document.startLine, "\(at)")
      #expect(b.document.root?.mark == f.document.root?.mark, "\(at)")
      #expect(b.place == f.place, "\(at)")
      #expect(b.mark(ofPointer: "/metadata/name") == f.mark(ofPointer: "/metadata/name"), "\(at)")
    }
    return true
  }

  static func same(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.int64(let x), .int64(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y || (x.isNaN && y.isNaN)
    case (.string(let x), .string(let y)): return x == y
    case (.list(let x), .list(let y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
    case (.map(let x), .map(let y)):
      return x.count == y.count && x.storage.allSatisfy { key, v in y[key].map { same(v, $0) } ?? false }
    default: return false
    }
  }
}
