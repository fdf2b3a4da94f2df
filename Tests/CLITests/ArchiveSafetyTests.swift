import Foundation
import Testing

/// Archives that try to escape the chart or exhaust memory are refused from their headers.
@Suite struct ArchiveSafetyTests {
  static let chartFiles: [(String, String)] = [
    ("demo/Chart.yaml", "apiVersion: v2\nname: demo\nversion: 0.1.0\n"),
    ("demo/templates/cm.yaml", "a: 1\n"),
  ]

  private func failure(_ archive: [UInt8]) throws -> String {
    let dir = try TemporaryDirectory()
    let path = try dir.write("demo-0.1.0.tgz", archive)
    return try expectRenderFailure([path])
  }

  @Test func validArchiveRenders() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("demo-0.1.0.tgz", TarArchive.tgz(Self.chartFiles))
    let run = try ChartcRun.run(["render", path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == "---\n# Source: demo/templates/cm.yaml\na: 1\n")
  }

  @Test func parentDirectoryEntryIsRefused() throws {
    let stderr = try failure(TarArchive.tgz(Self.chartFiles + [("demo/../../evil.yaml", "x: 1\n")]))
    #expect(firstLine(stderr) == "Error: chart illegally references parent directory")
  }

  @Test func absolutePathEntryIsRefused() throws {
    let stderr = try failure(TarArchive.tgz(Self.chartFiles + [("demo//etc/evil.yaml", "x: 1\n")]))
    #expect(firstLine(stderr) == "Error: chart illegally contains absolute paths")
  }

  @Test func entryOutsideTheChartFolderIsRefused() throws {
    // Helm drops the first path component: a top-level file becomes ".".
    let stderr = try failure(TarArchive.tgz([("Chart.yaml", "apiVersion: v2\nname: demo\nversion: 0.1.0\n")]))
    #expect(
      firstLine(stderr)
        == "Error: chart illegally contains content outside the base directory: \"Chart.yaml\"")
  }

  @Test func chartYAMLAsTheChartFolderIsRefused() throws {
    let stderr = try failure(TarArchive.tgz([("Chart.yaml/templates/x.yaml", "a: 1\n")]))
    #expect(firstLine(stderr) == "Error: chart yaml not in base directory")
  }

  @Test func fileOverFiveMebibytesIsRefused() throws {
    let big = String(repeating: "x", count: 5 * 1024 * 1024 + 1)
    let stderr = try failure(TarArchive.tgz(Self.chartFiles + [("demo/files/big.txt", big)]))
    #expect(
      firstLine(stderr)
        == "Error: decompressed chart file \"demo/files/big.txt\" is larger than the maximum file size 5242880"
    )
  }

  @Test func gigabyteEntryIsRefusedFromItsHeader() throws {
    let bomb = TarArchive.zeroBomb(chartFiles: Self.chartFiles, name: "demo/files/zeros.bin", megabytes: 1024)
    #expect(bomb.count < 4 * 1024 * 1024)
    let stderr = try failure(bomb)
    #expect(firstLine(stderr) == "Error: decompressed chart is larger than the maximum size 104857600")
  }

  @Test func entryOverTheArchiveLimitIsRefused() throws {
    let bomb = TarArchive.zeroBomb(chartFiles: Self.chartFiles, name: "demo/files/zeros.bin", megabytes: 101)
    let stderr = try failure(bomb)
    #expect(firstLine(stderr) == "Error: decompressed chart is larger than the maximum size 104857600")
  }

  @Test func manyFilesOverTheArchiveLimitAreRefused() throws {
    // 21 files of 5 MiB each: every file is allowed, their sum (105 MiB) is not.
    let zeros = (1...21).map { ("demo/files/zeros\($0).bin", 5) }
    let stderr = try failure(TarArchive.zeroBomb(chartFiles: Self.chartFiles, zeros: zeros))
    #expect(firstLine(stderr) == "Error: decompressed chart is larger than the maximum size 104857600")
  }

  @Test func filesJustUnderTheLimitsLoad() throws {
    let dir = try TemporaryDirectory()
    let archive = TarArchive.zeroBomb(chartFiles: Self.chartFiles, zeros: [("demo/files/zeros.bin", 5)])
    let path = try dir.write("demo-0.1.0.tgz", archive)
    let run = try ChartcRun.run(["render", path])
    // The CRC is left out of the trailer, so the load may still fail on the checksum
    // (chartc: "gzip: invalid header"), but only after every entry passed the size limits.
    #expect(!run.stderr.contains("larger than the maximum"), "\(run.stderr)")
  }

  @Test func truncatedArchiveFails() throws {
    let archive = TarArchive.tgz(Self.chartFiles)
    let stderr = try failure(Array(archive.prefix(archive.count / 2)))
    #expect(firstLine(stderr) == "Error: unexpected EOF")
  }

  @Test func notGzipFails() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("chart.tgz", "hello")
    let stderr = try expectRenderFailure([path])
    // Helm sniffs a zero-padded 512-byte buffer: a short file reads as binary (helm-oracle).
    #expect(
      firstLine(stderr)
        == "Error: file '\(path)' does not appear to be a gzipped archive; got 'application/octet-stream'")
  }

  @Test func parentDirectoryEntryInASubchartArchiveIsRefused() throws {
    let sub = TarArchive.tgz([
      ("sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 0.1.0\n"), ("sub/../../../evil.yaml", "x: 1\n"),
    ])
    let chart = try FixtureChart()
    try chart.write("charts/sub-0.1.0.tgz", sub)
    let stderr = try expectRenderFailure([chart.path])
    #expect(stderr.contains("chart illegally references parent directory"), "\(stderr)")
    #expect(stderr.contains("sub-0.1.0.tgz"), "\(stderr)")
  }
}
