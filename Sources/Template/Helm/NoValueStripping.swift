/// Helm's post-processing of each rendered file: every occurrence of `<no value>` is
/// deleted, including text the author wrote (`strings.ReplaceAll(out, "<no value>", "")`).
public enum NoValueStripping {
  public static let marker = "<no value>"

  public static func strip(_ rendered: String) -> String {
    guard rendered.utf8.count >= 10 else { return rendered }
    let m = Array(marker.utf8)
    let bytes = Array(rendered.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    var changed = false
    while i < bytes.count {
      if bytes[i] == m[0] && i + m.count <= bytes.count && bytes[i..<(i + m.count)].elementsEqual(m) {
        i += m.count
        changed = true
        continue
      }
      out.append(bytes[i])
      i += 1
    }
    return changed ? String(decoding: out, as: UTF8.self) : rendered
  }
}
