import GoLib
import Values

/// A CRD file of a chart for `--include-crds`: `<chart full path>/crds/<file>` and its text.
public struct ChartCRDFile: Sendable, Equatable {
  public var filename: String
  public var content: String
}

/// The output flags of `helm template` that shape the manifest stream.
public struct ManifestOutputOptions: Sendable {
  /// `--include-crds`: the CRD files of the root chart then its enabled subcharts, in
  /// Helm's `CRDObjects` order (only used when `includeCRDs`).
  public var includeCRDs = false
  public var crds: [ChartCRDFile] = []
  /// `--skip-tests`: leave out hooks with the `test` event.
  public var skipTests = false
  /// `--no-hooks`: print no hooks.
  public var noHooks = false
  /// `--show-only` / `-s` patterns, in order.
  public var showOnly: [String] = []
  /// `--output-dir`: write files instead of printing documents.
  public var outputDir: String? = nil
  /// `--release-name` with `--output-dir`: manifests and hooks go under `<dir>/<release>/`.
  public var useReleaseName = false
  public var releaseName = "release-name"

  public init() {}
}

/// One file write of `--output-dir` (Helm's `writeToFile`), in order.
public struct ManifestFileWrite: Sendable, Equatable {
  /// `<dir>/<name>` joined with `/`, as Helm prints it after `wrote `.
  public var path: String
  /// `---\n# Source: <name>\n<doc>\n`.
  public var content: String
  /// Append to the file instead of truncating it.
  public var append: Bool
}

/// What `helm template` produces: the text for stdout (with `wrote <path>` lines first
/// when writing to a directory) and the files to write.
public struct ManifestOutput: Sendable, Equatable {
  public var stdout: String
  public var writes: [ManifestFileWrite]
}

/// Helm's output assembly for `helm template` (v4.2.3, `action.renderResources` and the
/// `template` command): CRDs (with `--include-crds`), manifests in install order framed
/// `---\n# Source: <key>\n<doc>\n`, `TrimSpace` of that plus `\n`, then the hooks;
/// `--show-only` re-splits the whole text; `--output-dir` turns documents into file writes.
public enum ManifestAssembler {
  /// The release manifest text (`rel.Manifest`): CRDs then manifests, framed.
  public static func releaseManifest(_ sorted: SortedManifests, options: ManifestOutputOptions) -> String {
    var b = ""
    if options.includeCRDs {
      for crd in options.crds { b += frame(crd.filename, crd.content) }
    }
    for m in sorted.manifests { b += frame(m.name, m.content) }
    return b
  }

  /// The full `helm template` output for rendered files (`{template path: text}`).
  ///
  /// - Parameter fileExists: whether a path already exists on disk (only asked for hook
  ///   files under `--output-dir`, which Helm appends to when present).
  public static func assemble(
    files: [String: String], options: ManifestOutputOptions,
    decode: ManifestSorter.DocumentDecoder,
    fileExists: (String) -> Bool = { _ in false }
  ) throws(ManifestError) -> ManifestOutput {
    let sorted = try ManifestSorter.sort(files: files, decode: decode)
    return try assemble(sorted: sorted, options: options, fileExists: fileExists)
  }

  /// The `helm template` output for already sorted documents.
  public static func assemble(
    sorted: SortedManifests, options: ManifestOutputOptions,
    fileExists: (String) -> Bool = { _ in false }
  ) throws(ManifestError) -> ManifestOutput {
    var writes: [ManifestFileWrite] = []
    var stdout = ""
    var text = ""
    if let dir = options.outputDir {
      var written: Set<String> = []
      func write(_ base: String, _ name: String, _ data: String, append: Bool) {
        let path = base + "/" + name
        writes.append(ManifestFileWrite(path: path, content: frame(name, data), append: append))
        stdout += "wrote \(path)\n"
      }
      if options.includeCRDs {
        for crd in options.crds {
          write(dir, crd.filename, crd.content, append: written.contains(crd.filename))
          written.insert(crd.filename)
        }
      }
      let releaseDir = options.useReleaseName ? joinPath(dir, options.releaseName) : dir
      for m in sorted.manifests {
        write(releaseDir, m.name, m.content, append: written.contains(m.name))
        written.insert(m.name)
      }
      text = "\n"
      if !options.noHooks {
        // Helm stats each hook file: one already on disk (written by this run or
        // before it) is appended to.
        var onDisk = Set(writes.map(\.path))
        for h in sorted.hooks {
          if options.skipTests && h.isTest { continue }
          let path = releaseDir + "/" + h.path
          let exists = onDisk.contains(path) || fileExists(joinPath(releaseDir, h.path))
          write(releaseDir, h.path, h.manifest, append: exists)
          onDisk.insert(path)
        }
      }
    } else {
      text = GoSpace.trim(releaseManifest(sorted, options: options)) + "\n"
      if !options.noHooks {
        for h in sorted.hooks {
          if options.skipTests && h.isTest { continue }
          text += frame(h.path, h.manifest)
        }
      }
    }
    if options.showOnly.isEmpty {
      return ManifestOutput(stdout: stdout + text, writes: writes)
    }
    let docs = ManifestSplitter.split(GoSpace.trim(text))
    var selected: [String] = []
    for pattern in options.showOnly {
      var missing = true
      for doc in docs {
        guard let path = sourcePath(of: doc) else { continue }
        guard (try? GoPathMatch.match(pattern, path)) == true else { continue }
        selected.append(doc)
        missing = false
      }
      if missing { throw ManifestError("could not find template \(pattern) in chart") }
    }
    for doc in selected { stdout += "---\n" + doc + "\n" }
    return ManifestOutput(stdout: stdout, writes: writes)
  }

  /// `---\n# Source: <name>\n<content>\n`.
  public static func frame(_ name: String, _ content: String) -> String {
    "---\n# Source: \(name)\n\(content)\n"
  }

  /// The first capture of `# Source: [^/]+/(.+)` in a document.
  static func sourcePath(of doc: String) -> String? {
    let bytes = Array(doc.utf8)
    let marker = Array("# Source: ".utf8)
    var i = 0
    while i + marker.count <= bytes.count {
      if Array(bytes[i..<i + marker.count]) == marker {
        var j = i + marker.count
        let nameStart = j
        while j < bytes.count, bytes[j] != UInt8(ascii: "/") { j += 1 }
        if j > nameStart, j < bytes.count {
          var k = j + 1
          while k < bytes.count, bytes[k] != 0x0A { k += 1 }
          if k > j + 1 { return String(decoding: bytes[(j + 1)..<k], as: UTF8.self) }
        }
      }
      i += 1
    }
    return nil
  }

  /// Go's `filepath.Join` for two clean relative parts.
  static func joinPath(_ a: String, _ b: String) -> String {
    if a.isEmpty { return b }
    if b.isEmpty { return a }
    return a.hasSuffix("/") ? a + b : a + "/" + b
  }
}
