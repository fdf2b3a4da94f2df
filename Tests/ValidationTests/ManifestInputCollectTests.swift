import Foundation
import Testing

@testable import Validation

/// `ManifestInput.collect`: files come back whole, in the order the arguments and the sorted
/// folder walk give, standard input at its place; of several unreadable files, the first in
/// that order is reported.
@Suite struct ManifestInputCollectTests {
  /// A folder of `count` manifests of different sizes (one larger than a read chunk), plus a
  /// file that is not a manifest; removed by the caller.
  static func folder(count: Int) throws -> (URL, [String: String]) {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("chartc-collect-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("nested"), withIntermediateDirectories: true)
    var texts: [String: String] = [:]
    for i in 0..<count {
      let name =
        (i % 3 == 0 ? "nested/" : "") + "m\(String(format: "%03d", i)).\(i % 2 == 0 ? "yaml" : "yml")"
      let text = (0..<(i == 7 ? 9_000 : i + 1)).map { "key\($0): value-é-\(i)\n" }.joined()
      try text.write(to: dir.appendingPathComponent(name), atomically: false, encoding: .utf8)
      texts[dir.appendingPathComponent(name).path] = text
    }
    try "not a manifest".write(
      to: dir.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
    return (dir, texts)
  }

  @Test func readsEveryFileWholeInOrder() throws {
    let (dir, texts) = try Self.folder(count: 40)
    defer { try? FileManager.default.removeItem(at: dir) }
    let single = dir.appendingPathComponent("m005.yml").path
    let inputs = try ManifestInput.collect(paths: [single, "-", dir.path]) { "from: stdin\n" }
    let walked = texts.keys.map { String($0.dropFirst(dir.path.count + 1)) }.sorted()
      .map { dir.appendingPathComponent($0).path }
    #expect(inputs.map(\.name) == [single, "stdin"] + walked)
    #expect(inputs[1].text == "from: stdin\n")
    for input in inputs where input.name != "stdin" {
      #expect(input.text == texts[input.name], "\(input.name)")
    }
  }

  @Test func theFirstUnreadableFileInOrderIsReported() throws {
    let (dir, _) = try Self.folder(count: 5)
    defer { try? FileManager.default.removeItem(at: dir) }
    let first = dir.appendingPathComponent("absent-1.yaml").path
    let second = dir.appendingPathComponent("absent-2.yaml").path
    #expect {
      try ManifestInput.collect(paths: [dir.path, first, second]) { "" }
    } throws: { error in
      "\(error)" == "open \(first): no such file or directory"
    }
  }
}
