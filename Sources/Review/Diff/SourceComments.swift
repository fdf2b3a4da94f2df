/// The `# Source: path` comments of a stream, by line.
struct SourceComments {
  private var lines: [Int] = []
  private var paths: [String] = []

  init(_ stream: String) {
    var line = 0
    for text in stream.split(separator: "\n", omittingEmptySubsequences: false) {
      line += 1
      if text.hasPrefix("# Source: ") {
        lines.append(line)
        paths.append(String(text.dropFirst("# Source: ".count)))
      }
    }
  }

  /// The first `# Source:` path of the stream.
  var first: String? { paths.first }

  /// The last `# Source:` path at or before `line` (1-based), empty when none.
  func source(before line: Int) -> String {
    var low = 0
    var high = lines.count
    while low < high {
      let mid = (low + high) / 2
      if lines[mid] <= line { low = mid + 1 } else { high = mid }
    }
    return low == 0 ? "" : paths[low - 1]
  }
}
