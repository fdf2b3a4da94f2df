import GoLib

/// Helm's post-processing of each rendered file: every occurrence of `<no value>` is
/// deleted, including text the author wrote (`strings.ReplaceAll(out, "<no value>", "")`).
public enum NoValueStripping {
  public static let marker = "<no value>"

  /// `rendered` without the marker; `rendered` itself (nothing copied) when it has none,
  /// which is found by memchr and compare, not byte by byte.
  public static func strip(_ rendered: String) -> String {
    var text = rendered
    return text.withUTF8 { bytes in
      markerBytes.withUnsafeBufferPointer { pin in
        guard var at = ByteSearch.offset(of: pin, in: bytes) else { return rendered }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var from = 0
        while true {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<at]))
          from = at + pin.count
          guard let next = ByteSearch.offset(of: pin, in: bytes, from: from) else { break }
          at = next
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from...]))
        return String(decoding: out, as: UTF8.self)
      }
    }
  }

  private static let markerBytes = Array(marker.utf8)
}
