import Foundation
import GoLib
import Validation
import Values

/// What `chartc version` and `chartc --version` print: chartc's version, the Helm version
/// whose output it reproduces, the commit it was built from and the bundled schemas.
struct BuildInfo {
  static let version = "0.2.0"
  static let helmVersion = "v4.2.3"

  /// The renderer's identity in golden input records (`RenderRecord`): a record written by
  /// another version of chartc does not stand for this one's render.
  static let renderer = "chartc \(version) (Helm \(helmVersion))"

  var commit: String
  var kubernetesVersions: [String]
  var crdGroups: [String]
  var schemaDirectory: String?

  static func current() -> BuildInfo {
    let directory = SchemaRegistry.locateBundledPath(
      override: EnvironmentVariable.value("CHARTC_SCHEMAS"),
      executablePath: ExecutableLocation.path)
    let registry = directory.map { SchemaRegistry(path: $0) }
    let crds = directory.flatMap { try? GoReadDir.names($0 + "/crds") } ?? []
    return BuildInfo(
      commit: BuildStamp.commit != "unknown" ? BuildStamp.commit : gitDescribe() ?? "unknown",
      kubernetesVersions: registry?.kubernetesVersions.map { "v" + $0 } ?? [],
      crdGroups: crds.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted(),
      schemaDirectory: directory)
  }

  /// `chartc 0.2.0 (helm v4.2.3, commit abc1234)` and the schema lines.
  var text: String {
    var out = "chartc \(Self.version) (matches Helm \(Self.helmVersion), commit \(commit))\n"
    out +=
      "kubernetes schemas: \(kubernetesVersions.isEmpty ? "none found" : kubernetesVersions.joined(separator: ", "))\n"
    out += "CRD schemas: \(crdGroups.isEmpty ? "none" : crdGroups.joined(separator: ", "))\n"
    if let schemaDirectory { out += "schemas: \(schemaDirectory)\n" }
    return out
  }

  /// `{"version", "helm", "commit", "kubernetes": [...], "crds": [...], "schemas"}`.
  var json: String {
    func list(_ items: [String]) -> String { "[" + items.map(jsonString).joined(separator: ", ") + "]" }
    return """
      {
        "version": \(jsonString(Self.version)),
        "helm": \(jsonString(Self.helmVersion)),
        "commit": \(jsonString(commit)),
        "kubernetes": \(list(kubernetesVersions)),
        "crds": \(list(crdGroups)),
        "schemas": \(schemaDirectory.map(jsonString) ?? "null")
      }

      """
  }

  /// `git describe --always --dirty` in the source checkout this binary was built from, when
  /// it is still there (a development build); nil otherwise.
  static func gitDescribe() -> String? {
    let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    guard FileManager.default.fileExists(atPath: checkout.appendingPathComponent(".git").path) else {
      return nil
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", checkout.path, "describe", "--always", "--dirty"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    return process.terminationStatus == 0 && !text.isEmpty ? text : nil
  }
}

/// A JSON string literal, as Go's encoding/json writes it.
func jsonString(_ text: String) -> String {
  (try? GoJSON.encode(.string(text), escapeHTML: false)) ?? "\"\""
}
