import Crypto
import Foundation
import GoLib
import Values

/// What a golden file was rendered from, recorded beside it (`golden/<chart>/<env>.inputs`):
/// the digest of the render inputs (`RenderInputs`) and the digest of the golden file as
/// written. While both still hold, the golden file is exactly what rendering the entry would
/// print, so a check that only needs the objects (`chartc budget`) can read it instead of
/// rendering.
public struct RenderRecord: Sendable, Equatable {
  /// `RenderInputs.digest` when the golden file was written or last confirmed.
  public var inputs: String
  /// `sha256:<hex>` of the golden file's bytes.
  public var golden: String

  public init(inputs: String, golden: String) {
    self.inputs = inputs
    self.golden = golden
  }

  /// The record's path for `entry`, relative to the project root.
  public static func path(of entry: RenderMatrix.Entry) -> String {
    String(entry.golden.dropLast(".yaml".count)) + ".inputs"
  }

  /// The digest a record holds for golden file bytes.
  public static func digest(ofGolden bytes: [UInt8]) -> String {
    "sha256:" + GoHex.encode(SHA256.hash(data: bytes))
  }

  /// The file's text: a comment saying what it is, then `inputs` and `golden` lines.
  public var text: String {
    """
    # chartc: the render inputs this golden file was written from (chartc golden update).
    inputs: \(inputs)
    golden: \(golden)

    """
  }

  /// Reads a record's text; nil when it is not one.
  public init?(text: String) {
    var fields: [String: String] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      guard let colon = line.firstIndex(of: ":") else { return nil }
      fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    guard let inputs = fields["inputs"], let golden = fields["golden"], fields.count == 2 else { return nil }
    self.init(inputs: inputs, golden: golden)
  }

  /// The golden stream of `entry` when its record shows it is what rendering the entry now
  /// would print: the inputs digest is today's and the golden file is unchanged since it was
  /// recorded. Nil otherwise (no record, other inputs, an edited golden file, an unreadable
  /// file): then only a render says what the entry renders.
  public static func currentGoldenStream(
    of entry: RenderMatrix.Entry, in matrix: RenderMatrix, tool: String,
    chart: RenderInputs.ChartContent? = nil
  ) -> String? {
    let root = matrix.root
    guard let recordBytes = try? GoReadFile.read(root.appendingPathComponent(path(of: entry)).path),
      let record = RenderRecord(text: String(decoding: recordBytes, as: UTF8.self)),
      let golden = try? GoReadFile.read(root.appendingPathComponent(entry.golden).path),
      digest(ofGolden: golden) == record.golden,
      (try? RenderInputs.digest(of: entry, in: matrix, tool: tool, chart: chart)) == record.inputs
    else { return nil }
    return GoByteString.fromBytes(golden)
  }
}
