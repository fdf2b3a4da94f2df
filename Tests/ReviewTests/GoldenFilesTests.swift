import Checking
import Foundation
import Review
import Testing

/// The product charts' golden files: chartc reproduces them, real Helm agrees with them,
/// and a changed value shows up as exactly that change in the drift report.
@Suite struct GoldenFilesTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test func everyGoldenFileMatchesTheRender() async throws {
    let matrix = try RenderMatrix.load(Self.root.appendingPathComponent("chartc.yaml").path)
    #expect(matrix.entries.count == 24)
    let outcomes = await GoldenFiles(matrix: matrix).check(matrix.entries)
    for outcome in outcomes {
      #expect(outcome.status == .unchanged, "\(outcome.entry.golden): \(outcome.status)")
    }
    #expect(GoldenFiles(matrix: matrix).extraGoldenFiles().isEmpty)
  }

  @Test func goldenFilesMatchRealHelmAndLintClean() throws {
    let shared = Self.root.deletingLastPathComponent().appendingPathComponent("shared")
    guard FileManager.default.fileExists(atPath: shared.appendingPathComponent("tools/helm-oracle").path)
    else {
      print("[golden] skipped the helm-oracle comparison: ../shared is absent")
      return
    }
    let process = Process()
    process.executableURL = Self.root.appendingPathComponent("scripts/charts-golden-from-helm.sh")
    process.arguments = ["--check"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(
      process.terminationStatus == 0,
      "helm-oracle disagrees with the golden files or lint is not clean:\n\(output)")
  }

  @Test func changedProductionValueDriftsAndUpdates() async throws {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "chartc-golden-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: work) }
    let fm = FileManager.default
    try fm.createDirectory(at: work.appendingPathComponent("charts"), withIntermediateDirectories: true)
    try fm.createDirectory(at: work.appendingPathComponent("golden"), withIntermediateDirectories: true)
    try fm.copyItem(
      at: Self.root.appendingPathComponent("charts/control-plane"),
      to: work.appendingPathComponent("charts/control-plane"))
    try fm.copyItem(
      at: Self.root.appendingPathComponent("golden/control-plane"),
      to: work.appendingPathComponent("golden/control-plane"))
    let project = """
      version: 1
      charts:
        - name: control-plane
          path: charts/control-plane
          release: es-control-plane
          namespace: es-serverless
          kubeVersion: v1.36.0
          environments:
            prod: {values: [charts/control-plane/values-prod.yaml], set: ["manager.image.ref=registry.example.com/es-serverless/manager:1.4.0-prod"]}
      """
    try project.write(to: work.appendingPathComponent("chartc.yaml"), atomically: true, encoding: .utf8)
    let matrix = try RenderMatrix.load(work.appendingPathComponent("chartc.yaml").path)
    let golden = GoldenFiles(matrix: matrix)
    #expect(await golden.check(matrix.entries).map(\.status) == [.unchanged])

    let valuesFile = work.appendingPathComponent("charts/control-plane/values-prod.yaml")
    let original = try String(contentsOf: valuesFile, encoding: .utf8)
    try original.replacingOccurrences(of: "    maxReplicas: 10\n", with: "    maxReplicas: 12\n")
      .write(to: valuesFile, atomically: true, encoding: .utf8)

    let drifted = await golden.check(matrix.entries)
    guard case .drifted(let diff) = drifted.first?.status else {
      Issue.record("expected drift, got \(String(describing: drifted.first?.status))")
      return
    }
    let changed = diff.split(separator: "\n").filter {
      ($0.hasPrefix("-") || $0.hasPrefix("+")) && !$0.hasPrefix("---") && !$0.hasPrefix("+++")
    }
    #expect(changed == ["-  maxReplicas: 10", "+  maxReplicas: 12"], "diff:\n\(diff)")

    #expect(try golden.update(drifted) == ["golden/control-plane/prod.yaml"])
    #expect(await golden.check(matrix.entries).map(\.status) == [.unchanged])
  }
}
