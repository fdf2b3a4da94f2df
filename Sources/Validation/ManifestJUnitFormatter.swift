import GoLib

/// The JUnit XML report (kubeconform's layout): one `<testsuite>` per source file, one
/// `<testcase>` per resource; invalid resources carry a `<failure>`, failed lookups an
/// `<error>`, skipped ones `<skipped/>`.
public enum ManifestJUnitFormatter {
  public static func render(_ results: [ManifestResult]) -> String {
    let shown = results.filter { $0.status != .empty }
    var files: [String] = []
    var byFile: [String: [ManifestResult]] = [:]
    for r in shown {
      if byFile[r.source] == nil { files.append(r.source) }
      byFile[r.source, default: []].append(r)
    }
    let s = ManifestSummary(results)
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out +=
      "<testsuites name=\"chartc\" time=\"0\" tests=\"\(s.resources)\" failures=\"\(s.invalid)\" disabled=\"\(s.skipped)\" errors=\"\(s.errors)\">\n"
    for (id, file) in files.enumerated() {
      let rs = byFile[file] ?? []
      let fs = ManifestSummary(rs)
      out +=
        "  <testsuite name=\(attr(file)) id=\"\(id)\" tests=\"\(fs.resources)\" failures=\"\(fs.invalid)\" errors=\"\(fs.errors)\" disabled=\"\(fs.skipped)\" skipped=\"\(fs.skipped)\">\n"
      out += "    <properties></properties>\n"
      for r in rs {
        let name = r.resourceName.isEmpty ? "document \(r.documentIndex)" : r.resourceName
        out += "    <testcase name=\(attr(name)) classname=\(attr("\(r.kind)@\(r.apiVersion)")) time=\"0\""
        switch r.status {
        case .valid, .empty:
          out += "></testcase>\n"
        case .skipped:
          out += ">\n      <skipped></skipped>\n    </testcase>\n"
        case .invalid:
          let text = GoJoin.join(r.errors.map(\.line), "\n")
          out +=
            ">\n      <failure message=\(attr(r.errors.first?.line ?? "invalid")) type=\"\">\(escape(text))</failure>\n    </testcase>\n"
        case .error:
          let text = GoJoin.join(r.errors.map(\.message), "\n")
          out +=
            ">\n      <error message=\(attr(r.errors.first?.message ?? "error")) type=\"\">\(escape(text))</error>\n    </testcase>\n"
        }
      }
      out += "  </testsuite>\n"
    }
    out += "</testsuites>\n"
    return out
  }

  /// XML text: the five entities, other control characters (not newline, tab, CR) as
  /// character references.
  static let escaper = ScalarEscaper(
    ScalarEscaper.xmlEntities,
    other: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" ? "&#\($0.value);" : nil })

  static func escape(_ s: String) -> String { escaper.escape(s) }

  static func attr(_ s: String) -> String { "\"" + escape(s) + "\"" }
}
