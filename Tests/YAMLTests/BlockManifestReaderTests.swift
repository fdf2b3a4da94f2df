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
    #expect(read * 100 >= streams * 90)  // the common shape (multi-line flow collections take the full path)
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  /// A rendered document's head as the manifest sorter and lint decode it
  /// (`unmarshalKeeping`): through the block reader where it reads the document, as
  /// sigs.k8s.io/yaml's `Unmarshal` gives it otherwise; both the same on every document of
  /// the corpus's default renders, its CRDs and the golden files, cut as Helm cuts a
  /// rendered file.
  @Test func decodesManifestHeadsAsTheFullPath() throws {
    var documents = 0
    var fast = 0
    var mismatches: [String] = []
    for file in ManifestFiles.paths(everyCase: false) {
      guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
      for document in text.components(separatedBy: "\n---\n") {
        documents += 1
        guard let value = BlockManifestReader.soleValue(document) else { continue }
        fast += 1
        let head: Set<String> = ["apiVersion", "kind", "metadata"]
        let full = try YAMLToJSON.toValue(YAMLToJSON.yamlToJSONable(document))
        let expected: Value
        if case .map(let m) = full {
          expected = .map(GoMap(m.storage.filter { head.contains($0.key) }))
        } else {
          expected = full
        }
        let got = try YAMLReader.unmarshalKeeping(Array(head), of: document)
        let sameValue = (try? GoJSON.encode(value)) == (try? GoJSON.encode(full))
        if (try? GoJSON.encode(got)) != (try? GoJSON.encode(expected)) || !sameValue {
          mismatches.append("\(file): \(document.prefix(80))")
        }
      }
    }
    print(
      "manifest heads: \(fast) of \(documents) documents through the block reader, \(mismatches.count) mismatches"
    )
    #expect(fast * 100 >= documents * 80)
    #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
  }

  /// A head read skips building the values outside it, never checking them: an infinite
  /// number, a non-string key or a malformed line under `spec` still fails as the full path
  /// fails.
  @Test(arguments: [
    "kind: A\nspec:\n  x: .inf\n", "kind: A\nspec:\n  - 1e400\n", "kind: A\nspec:\n  1: a\n",
    "kind: A\nspec:\n  x: -.5\n  y: 0x1F\n", "kind: A\nspec:\n  a: b\n c: d\n", "kind: A\nspec: [1, .nan]\n",
    "spec:\n  x: |\n    text\n  y: multi\n    line\nkind: A\nmetadata: {name: n}\n", "- kind: A\n", "kind\n",
    // block scalars under a key not kept are walked, not assembled: still checked
    "data:\n  x: |\n    a\n   b\nkind: A\n", "data:\n  x: >+\n    a\n\n    b\n\nkind: A\n",
    "data:\n  x: |2\n    a\nkind: A\n", "data:\n  x: |\n\n      wide\n    narrow\nkind: A\n",
    "data:\n  x: |-\n    a\n  y: z\n   w\nkind: A\n", "data: |\n  text\n\tbad\nkind: A\n",
  ])
  func readsHeadsAsTheFullPath(yaml: String) throws {
    let head: Set<String> = ["apiVersion", "kind", "metadata"]
    let full = try? YAMLToJSON.toValue(YAMLToJSON.yamlToJSONable(yaml))
    let expected = full.map { v -> Value in
      guard case .map(let m) = v else { return v }
      return .map(GoMap(m.storage.filter { head.contains($0.key) }))
    }
    let got = try? YAMLReader.unmarshalKeeping(Array(head), of: yaml)
    #expect((try? expected.map { try GoJSON.encode($0) }) == (try? got.map { try GoJSON.encode($0) }))
    #expect((expected == nil) == (got == nil))
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
    "a: 'one\n  two\n\n  three\n\n\n  four '\nb: 'x  \n   y'\n",
    "a: \"esc\\\n  aped \\\n\n   break\"\nb: \"tab\\t  \n  kept\"\n",
    "- 'item\n  folded'\n- \"and\n\n  this\"\n",
    "'root\n scalar'\n",
    "a:\n  'own\n  line'\n",
    "a: 'shallow\nline'\n",
    "a:\n  b: 'under\n  parent'\n",
    "a: 'tab\n\tline'\n",
    "a: 'key\n  like': x\n",
    "a: 'open\n",
    "a: \"bad \\q\n  escape\"\n",
    "a: [{\"name\":\"x\"},{\"name\":\"y\"}]\nb: {\"k\":[\"\"], 'l':1}\n",
    "- - nested\n",
    "a:\tb\n",
    "1: a\n",
  ])
  func agreesOnTheShapesItReads(yaml: String) throws {
    #expect(disagreement(yaml) == nil)
  }

  /// Quoted scalars folded over lines, built from pieces that each touch a folding rule
  /// (blanks and tabs around breaks, empty lines, escaped breaks and blanks, indentation
  /// below the parent, quotes and comments inside), in the places a block document holds
  /// them: every one agrees with the full path, and most are read by the block reader.
  @Test func agreesOnGeneratedQuotedScalars() throws {
    let pieces = [
      "a", "b c", " ", "  ", "\t", "\n", "\n\n", "\n  ", "\n   ", "\n\t", "\n \n  ", "#", ": ", "é",
      "\n# x\n  ",
    ]
    let singlePieces = ["''"]
    let doublePieces = ["\\\n", "\\\n\n  ", "\\t", "\\ ", "\\\"", "\\u00e9", "\\q", "'"]
    let places = ["k: Q\n", "- Q\n", "k:\n  Q\n", "a:\n  k: Q\n  z: 1\n", "Q\n", "k: Q # c\n", "k: Q: x\n"]
    var random = SplitMix64(seed: 15)
    var read = 0
    var mismatches: [String] = []
    let total = 3000
    for _ in 0..<total {
      let single = random.next() % 2 == 0
      let alphabet = pieces + (single ? singlePieces : doublePieces)
      var body = ""
      for _ in 0..<(1 + Int(random.next() % 6)) {
        body += alphabet[Int(random.next() % UInt64(alphabet.count))]
      }
      let quote = single ? "'" : "\""
      let place = places[Int(random.next() % UInt64(places.count))]
      let yaml = place.replacingOccurrences(of: "Q", with: quote + body + quote)
      if readsWhole(yaml) { read += 1 }
      if let problem = disagreement(yaml) { mismatches.append("\(yaml.debugDescription): \(problem)") }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    #expect(read * 100 >= total * 30, "\(read) of \(total) read by the block reader")
  }

  /// The character check, word at a time and by UTF-8 lead bytes, against the rule it stands
  /// for, one decoded scalar at a time: every byte value, and scalars at and around each
  /// refused range, at every offset of a word and of a 32-byte block.
  @Test func checksCharactersAsTheScalarRuleDoes() throws {
    func rule(_ bytes: [UInt8]) -> Bool {
      for u in String(decoding: bytes, as: UTF8.self).unicodeScalars {
        switch u.value {
        case 0x09, 0x0A: continue
        case 0..<0x20, 0x7F, 0x80...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF, 0xE000...0xF8FF, 0xF0000...:
          return false
        default: continue
        }
      }
      return true
    }
    var pieces: [[UInt8]] = (0...255).map { [UInt8($0)] }
    for scalar: UInt32 in [
      0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xE9, 0x2014, 0x2027, 0x2028, 0x2029, 0x202A, 0xDFFF + 1, 0xE000, 0xF8FF,
      0xF900,
      0xFEFE, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F600, 0xBFFFF, 0xC0000, 0xEFFFF, 0xF0000, 0x10FFFF,
    ] {
      let utf8 = Array(String(Unicode.Scalar(scalar)!).utf8)
      for length in 2...max(2, utf8.count) { pieces.append(Array(utf8.prefix(length))) }  // cut ones too
    }
    var wrong: [String] = []
    for piece in pieces {
      // every offset within and across the 32-byte blocks and the 8-byte words
      for offset in 0..<70 {
        let bytes = Array(repeating: UInt8(ascii: "a"), count: offset) + piece + Array("b: c\n".utf8)
        let fast = bytes.withUnsafeBufferPointer { BlockManifestReader.acceptsCharacters($0) }
        let slow = rule(bytes)
        if fast != slow { wrong.append("\(piece) at \(offset): \(fast)") }
      }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(5))")
  }

  /// Shapes it reads itself (the common ones), and shapes it leaves to the full path.
  @Test func readsTheCommonShapesAndLeavesTheRest() throws {
    for yaml in [
      "a: 1\n", "k:\n- a\n- b: 1\n", "s: |\n  one\n", "---\na: 1\n---\n", "a: \"q\"\nb: 'r'\n", "a: []\n",
      "a: >\n  folded\n", "a: [1, \"b\", {c: d}]\n", "a: |+\n  x\n\n", "- {}\n", "a: \"multi\n  line\"\n",
      "- 'folded\n\n  lines'\n", "a: [{\"name\":\"x\"}]\n",
    ] {
      #expect(readsWhole(yaml), "\(yaml)")
    }
    for yaml in [
      "a: &x 1\nb: *x\n", "a: 'shallow\nline'\n", "- - nested\n",
      "a: !!str 1\n", "%YAML 1.1\n---\na: 1\n", "a: 1\n...\n", "a: 1\r\n", "a: [1,\n  2]\n", "a: |2\n   x\n",
      "<<: {a: 1}\n", "1: a\n", "a: x\n  b: y\n",
    ] {
      #expect(!readsWhole(yaml), "\(yaml)")
    }
  }
}
