import Foundation
import GoLib
import TestSupport
import Testing
import Values

@testable import YAML

/// The block reader answers exactly what libyaml, go-yaml and the JSON detour give — the same
/// documents, in the same number, with the same values — or nothing, and the stream then
/// takes that path: on every corpus render, CRD and golden file, and on the YAML reader sets
/// (oracle cases, fuzz finds, garbage).
struct BlockManifestReaderTests {
  /// What the full path gives a stream: each document's value, or nil where a document does
  /// not decode; nil for a stream that does not read.
  private func fullPath(_ text: String) -> [Value?]? {
    guard let documents = try? ManifestReader.read(text) else { return nil }
    return documents.map { try? $0.value() }
  }

  /// Nil when the two agree; otherwise what differs. Documents the block reader leaves
  /// without a value are read from their own text through libyaml (as `LocatedManifest`
  /// does), and the stream is read whole when one of those does not read.
  private func disagreement(_ text: String) -> String? {
    guard let fast = BlockManifestReader.read(text) else { return nil }
    var values: [Value] = []
    for document in fast {
      if let v = document.value {
        values.append(v)
        continue
      }
      let bytes = Array(text.utf8)[document.bytes]
      guard
        let nodes = try? ManifestReader.readSole(
          String(decoding: bytes, as: UTF8.self), firstLine: document.firstLine),
        let v = try? nodes.value()
      else { return nil }  // the whole stream takes the full path
      values.append(v)
    }
    guard let full = fullPath(text) else { return "the block reader read a stream libyaml refuses" }
    guard values.count == full.count else { return "\(values.count) documents, the full path \(full.count)" }
    for (i, (f, v)) in zip(values, full).enumerated() {
      guard let v else { return "document \(i) does not decode on the full path" }
      let a = (try? GoJSON.encode(f)) ?? "unencodable"
      let b = (try? GoJSON.encode(v)) ?? "unencodable"
      if a != b { return "document \(i): \(a.prefix(300)) against \(b.prefix(300))" }
    }
    return nil
  }

  /// Whether the block reader gives every document's value itself.
  private func readsWhole(_ text: String) -> Bool {
    BlockManifestReader.read(text)?.allSatisfy { $0.value != nil } ?? false
  }

  private func manifestFiles() -> [String] {
    ManifestFiles.paths(everyCase: true)
  }

  @Test func answersWhatTheFullPathGivesOnRealManifests() throws {
    var streams = 0
    var read = 0
    var mismatches: [String] = []
    for file in manifestFiles() {
      guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
      streams += 1
      if readsWhole(text) { read += 1 }
      if let problem = disagreement(text) { mismatches.append("\(file): \(problem)") }
    }
    print("block reader: \(read) of \(streams) streams, \(mismatches.count) mismatches")
    #expect(streams > 250)
    #expect(read * 100 >= streams * 80)  // the common shape (multi-line quoted and flow scalars take the full path)
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  @Test(arguments: ["reader-cases.jsonl", "reader-fuzz-cases.jsonl", "reader-garbage-cases.jsonl"])
  func answersWhatTheFullPathGivesOnTheReaderSets(file: String) throws {
    var mismatches: [String] = []
    var cases = 0
    for line in DataFiles.lines(file) {
      guard case .string(let yaml)? = line["yaml"] else { continue }
      cases += 1
      if let problem = disagreement(yaml) { mismatches.append("\(line["id"] ?? .null): \(problem)") }
    }
    #expect(cases > 100)
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  /// The shapes the block reader takes on, each compared with the full path.
  @Test(arguments: [
    "a: 1\nb: two\nc: 'it''s'\nd: \"t\\tab \\u00e9 \\x41\"\ne:\nf: []\ng: {}\n",
    "k:\n- a\n- b: 1\n  c: [] # comment\n-\n  - x\n- |\n  text\n",
    "s: |\n  one\n\n  two\n\n\nt: |-\n  x\n\nu: |+\n  y\n\n\nv: end\n",
    "---\n# only a comment\n---\na: 1\n---\n",
    "# leading\n\n---\nlist:\n  - name: a\n    value: \"1\"\n  - name: b\n",
    "a: yes\nb: 0x1F\nc: 1e3\nd: ~\ne: 2001-12-14\nf: -.5\ng: +12\nh: 0o17\n",
    "x: a#b\ny: a #b\nz: http://example.com:80/x\n'q k': \"v\"\n",
    "  a: 1\n  b:\n    c: 2\n",
    "a: |\n    deep\n  shallow\n",
    "a: x\n  b: y\n",
    "a: 1\na: 2\n",
    "a: &x 1\nb: *x\n",
    "a: >\n  folded\n  lines\n\n   more\n  end\n",
    "a: >-\n  x\n  y\nb: |+\n  z\n\n",
    "a: [1, \"b\", 'c', {d: e, f: [g]}, []]\nb: {x: 1, 'y': \"2\"}\n",
    "a: |\n  last line has no break",
    "a: >+\n  x\n   ",
    "a: plain\n  continued\n\n  again # c\nb:\n  on its own line\n",
    "a: |-\n\nb: |\n\n\nc: 1\n",
    "a: 1\nb: 2\na: 3\n",
    "a: |\n  x\n  \t# tab in text\n",
    "a: \"multi\n  line\"\n",
    "- - nested\n",
    "a:\tb\n",
    "1: a\n",
  ])
  func agreesOnTheShapesItReads(yaml: String) throws {
    #expect(disagreement(yaml) == nil)
  }

  /// Shapes it reads itself (the common ones), and shapes it leaves to the full path.
  @Test func readsTheCommonShapesAndLeavesTheRest() throws {
    for yaml in [
      "a: 1\n", "k:\n- a\n- b: 1\n", "s: |\n  one\n", "---\na: 1\n---\n", "a: \"q\"\nb: 'r'\n", "a: []\n",
      "a: >\n  folded\n", "a: [1, \"b\", {c: d}]\n", "a: |+\n  x\n\n", "- {}\n",
    ] {
      #expect(readsWhole(yaml), "\(yaml)")
    }
    for yaml in [
      "a: &x 1\nb: *x\n", "a: \"multi\n  line\"\n", "- - nested\n",
      "a: !!str 1\n", "%YAML 1.1\n---\na: 1\n", "a: 1\n...\n", "a: 1\r\n", "a: [1,\n  2]\n", "a: |2\n   x\n",
      "<<: {a: 1}\n", "1: a\n", "a: x\n  b: y\n",
    ] {
      #expect(!readsWhole(yaml), "\(yaml)")
    }
  }
}
