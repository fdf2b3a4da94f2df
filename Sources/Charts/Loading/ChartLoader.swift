import Foundation
import GoLib
import Values
import YAML

/// Loads a chart from a directory or a `.tgz` archive into a `Chart`, classifying files and
/// loading subcharts from `charts/` as Helm's loader does.
public enum ChartLoader {
  /// Loads the chart at `path` (directory or gzipped archive).
  public static func load(path: String, limits: ChartLoadLimits = ChartLoadLimits()) throws -> Chart {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ChartLoadError("path \"\(path)\" not found")
    }
    if isDirectory.boolValue {
      // read with POSIX calls, not FileManager, whose reading makes generic types at run
      // time that have the runtime scan the binary's conformance table (0.46 M instructions)
      let ignoreFile = (path.hasSuffix("/") ? path : path + "/") + HelmIgnore.fileName
      let ignoreText = (try? GoReadFile.read(ignoreFile)).map { String(decoding: $0, as: UTF8.self) }
      let ignore: HelmIgnore
      do {
        ignore = try HelmIgnore(ignoreText)
      } catch {
        throw ChartLoadError(error.description)
      }
      let files = try ChartDirectory.read(path, limits: limits) { ignore.ignores($0, isDirectory: $1) }
      return try load(files: files, limits: limits)
    }
    guard let bytes = try? GoReadFile.read(path) else {
      throw ChartLoadError("file '\(path)' cannot be read")
    }
    guard ChartArchive.looksLikeGzip(bytes) else {
      if path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
        throw ChartLoadError("file '\(path)' seems to be a YAML file, but expected a gzipped archive")
      }
      throw ChartLoadError(
        "file '\(path)' does not appear to be a gzipped archive; got '\(sniffedType(bytes))'")
    }
    return try load(files: ChartArchive.read(bytes, limits: limits), limits: limits)
  }

  /// Builds a chart from its files (names relative to the chart root).
  public static func load(files: [ChartFile], limits: ChartLoadLimits = ChartLoadLimits()) throws -> Chart {
    guard let chartFile = files.first(where: { $0.name == "Chart.yaml" }) else {
      throw ChartLoadError("Chart.yaml file is missing")
    }
    var metadataValue: Value
    try YAMLInputEncoding.check(chartFile.data, errorPrefix: "cannot load Chart.yaml: ")
    do {
      metadataValue = try YAMLReader.unmarshalAny(chartFile.text)
    } catch {
      throw ChartLoadError("cannot load Chart.yaml: \(error)")
    }
    var templates: [ChartFile] = []
    var other: [ChartFile] = []
    var values = GoMap()
    var schema: [UInt8]?
    var subchartGroups: [String: [ChartFile]] = [:]
    var groupOrder: [String] = []
    for file in files {
      switch file.name {
      case "Chart.yaml", "Chart.lock", "requirements.lock":
        continue
      case "values.yaml":
        try YAMLInputEncoding.check(
          file.data, errorPrefix: "cannot load values.yaml: cannot unmarshal yaml document: ")
        do {
          values = try ValuesReader.read(file.text).mapValue ?? GoMap()
        } catch {
          throw ChartLoadError("cannot load values.yaml: \(error)")
        }
      case "values.schema.json":
        schema = file.data
      case "requirements.yaml":
        if case .map(let m) = metadataValue,
          (m["apiVersion"]?.stringValue ?? "v1").isEmpty
            || m["apiVersion"]?.stringValue == "v1" || m["apiVersion"] == nil
        {
          other.append(file)
          let requirements: Value
          do {
            requirements = try YAMLReader.unmarshalAny(file.text)
          } catch {
            throw ChartLoadError("cannot load requirements.yaml: \(error)")
          }
          if case .map(let r) = requirements {
            let merged = m.deepCopy()
            merged["dependencies"] = r["dependencies"] ?? .null
            metadataValue = .map(merged)
          }
        }
      default:
        if file.name.hasPrefix("templates/") {
          templates.append(file)
        } else if file.name.hasPrefix("charts/") {
          let rest = file.name.dropFirst("charts/".count)
          if rest.hasSuffix(".prov") && !rest.contains("/") {
            other.append(file)
            continue
          }
          let group = String(rest.prefix { $0 != "/" })
          if subchartGroups[group] == nil { groupOrder.append(group) }
          let inner = rest.count > group.count ? String(rest.dropFirst(group.count + 1)) : ""
          subchartGroups[group, default: []].append(ChartFile(name: inner, data: file.data))
        } else {
          other.append(file)
        }
      }
    }
    var metadata: ChartMetadata
    do {
      metadata = try ChartMetadata(decoding: metadataValue)
      try metadata.validate()
    } catch {
      throw ChartLoadError(error.description)
    }
    var subcharts: [Chart] = []
    for group in groupOrder {
      if group.hasPrefix("_") || group.hasPrefix(".") { continue }
      let groupFiles = subchartGroups[group]!
      do {
        if group.hasSuffix(".tgz") {
          guard let archive = groupFiles.first(where: { $0.name.isEmpty }) else { continue }
          subcharts.append(try load(files: ChartArchive.read(archive.data, limits: limits), limits: limits))
        } else {
          subcharts.append(try load(files: groupFiles.filter { !$0.name.isEmpty }, limits: limits))
        }
      } catch {
        throw ChartLoadError("error unpacking subchart \(group) in \(metadata.name): \(error)")
      }
    }
    values.goTypeName = "map[string]interface {}"
    return Chart(
      metadata: metadata, templates: templates, files: other, values: values, schema: schema,
      dependencies: subcharts)
  }

  /// Go's `http.DetectContentType` for the few types a mistaken chart argument tends to be.
  /// Go's `http.DetectContentType` as Helm's `ensureArchive` calls it: on a 512-byte buffer
  /// the file was read into, zero-padded when the file is shorter (so a short text file is
  /// `application/octet-stream`).
  private static func sniffedType(_ bytes: [UInt8]) -> String {
    let head = Array(bytes.prefix(512)) + [UInt8](repeating: 0, count: max(0, 512 - bytes.count))
    if head.contains(0) { return "application/octet-stream" }
    if head.starts(with: Array("%PDF-".utf8)) { return "application/pdf" }
    if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "application/zip" }
    return "text/plain; charset=utf-8"
  }
}

/// libyaml's input check, as go-yaml runs it over a whole (small) document before parsing:
/// chart files are decoded to `String` with invalid UTF-8 repaired, so the check has to run
/// on the raw bytes first to fail where Helm fails.
enum YAMLInputEncoding {
  /// go-yaml's reader error for `bytes` (`invalid leading UTF-8 octet`, ...), or nil.
  static func problem(_ bytes: [UInt8]) -> String? {
    var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while i < bytes.count {
      // ASCII eight bytes at a time
      i = bytes.withUnsafeBytes { raw in
        var k = i
        while k + 8 <= raw.count
          && raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          k += 8
        }
        return k
      }
      guard i < bytes.count else { break }
      let lead = bytes[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      let width: Int
      var value: UInt32
      switch lead {
      case 0xC0...0xDF: (width, value) = (2, UInt32(lead & 0x1F))
      case 0xE0...0xEF: (width, value) = (3, UInt32(lead & 0x0F))
      case 0xF0...0xF7: (width, value) = (4, UInt32(lead & 0x07))
      default: return "invalid leading UTF-8 octet"
      }
      if i + width > bytes.count { return "incomplete UTF-8 octet sequence" }
      for k in 1..<width {
        let octet = bytes[i + k]
        if octet & 0xC0 != 0x80 { return "invalid trailing UTF-8 octet" }
        value = value << 6 | UInt32(octet & 0x3F)
      }
      let shortest = width == 2 ? value >= 0x80 : width == 3 ? value >= 0x800 : value >= 0x10000
      if !shortest { return "invalid length of a UTF-8 sequence" }
      if (0xD800...0xDFFF).contains(value) || value > 0x10FFFF { return "invalid Unicode character" }
      i += width
    }
    return nil
  }

  /// Throws `prefix + "yaml: " + problem` when `bytes` is not valid YAML input.
  static func check(_ bytes: [UInt8], errorPrefix prefix: String) throws {
    if let problem = problem(bytes) {
      throw ChartLoadError(prefix + "error converting YAML to JSON: yaml: " + problem)
    }
  }
}
