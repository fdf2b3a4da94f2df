import Foundation
import Testing

@testable import GoLib

/// `ProcessorCount`: the affinity mask's processors, read from `Cpus_allowed`, agree with
/// the same mask written as a list (`Cpus_allowed_list`, e.g. `0-3,8`), a quota only ever
/// lowers the count, and the quota files are read word by word.
struct ProcessorCountTests {
  /// The processors of `Cpus_allowed_list`: ranges and single numbers, comma-separated.
  static func listedProcessors() throws -> Int? {
    let status = String(decoding: try GoReadFile.read("/proc/self/status"), as: UTF8.self)
    guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") }) else {
      return nil
    }
    var count = 0
    for part in line.dropFirst("Cpus_allowed_list:".count).split(separator: ",") {
      let bounds = part.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) ?? 0 }
      count += bounds.count == 2 ? bounds[1] - bounds[0] + 1 : 1
    }
    return count
  }

  @Test func theMaskAgreesWithItsList() throws {
    let listed = try #require(try Self.listedProcessors())
    #expect(ProcessorCount.affinityCount() == listed)
  }

  @Test func theActiveCountIsWithinTheMask() throws {
    let listed = try #require(try Self.listedProcessors())
    #expect(ProcessorCount.active >= 1)
    #expect(ProcessorCount.active <= listed)
  }

  /// The quota files' words: `cpu.max` (`max 100000`, `150000 100000`) and cgroup v1's
  /// `cpu.cfs_quota_us` (`-1` for none).
  @Test(
    arguments: [
      ("max 100000\n", [nil, 100_000]),
      ("150000 100000\n", [150_000, 100_000]),
      ("-1\n", [nil]),
      ("100000", [100_000]),
    ] as [(String, [Int?])])
  func readsTheQuotaFilesWords(text: String, words: [Int?]) throws {
    // one file per case: the cases run in parallel
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("cpu-quota-\(UUID().uuidString)")
      .path
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
    #expect(ProcessorCount.fields(path) == words)
  }

  @Test func aMissingQuotaFileIsNone() {
    #expect(ProcessorCount.fields("/nonexistent/cpu.max") == nil)
  }
}
