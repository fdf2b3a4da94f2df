import Foundation
import GoLib
import TestSupport
import Testing
import Values

@testable import YAML

/// Values files read through the block reader give what the full path gives: every
/// `values*.yaml` of the corpus charts (subcharts included) and of the product charts.
struct ValuesReaderBlockTests {
  @Test func readsValuesFilesAsTheFullPath() throws {
    var files: [String] = []
    let product = SharedFixtures.packageRoot.appendingPathComponent("charts").path
    for root in [SharedFixtures.shared("corpus/charts"), product].compactMap({ $0 }) {
      guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
      while let rel = walker.nextObject() as? String {
        let name = (rel as NSString).lastPathComponent
        if name.hasPrefix("values") && name.hasSuffix(".yaml") { files.append(root + "/" + rel) }
      }
    }
    var mismatches: [String] = []
    var read = 0
    for file in files {
      let text = try String(contentsOfFile: file, encoding: .utf8)
      if BlockManifestReader.soleValue(text) != nil { read += 1 }
      let fast = Result { try ValuesReader.read(text, blockReader: true) }
      let full = Result { try ValuesReader.read(text, blockReader: false) }
      switch (fast, full) {
      case (.success(let a), .success(let b)):
        if try GoJSON.encode(a) != GoJSON.encode(b) { mismatches.append(file) }
      case (.failure(let a), .failure(let b)):
        if "\(a)" != "\(b)" { mismatches.append(file) }
      default:
        mismatches.append(file)
      }
    }
    print("values files: \(read) of \(files.count) read by the block reader")
    #expect(files.count > 100)
    #expect(read * 100 >= files.count * 70)
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }
}
