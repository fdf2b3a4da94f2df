import Foundation
import Values

/// A deliberately small YAML reader for tests: enough of a rendered document to find
/// `apiVersion`, `kind`, `metadata.name` and `metadata.annotations` in block style (or
/// JSON), until the real YAML reader is available to this target.
enum TestYAMLHead {
  struct Failure: Error, CustomStringConvertible { let description: String }

  static func decode(_ doc: String) throws -> Value {
    let lines = doc.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let content = lines.filter { !isBlankOrComment($0) && $0 != "---" }
    guard let first = content.first else { return .null }
    let trimmedFirst = first.trimmingLeadingSpaces()
    if trimmedFirst.hasPrefix("{") {
      return try TestJSON.decode(content.joined(separator: "\n"))
    }
    if trimmedFirst.hasPrefix("- ") || trimmedFirst == "-" { return .list([]) }
    guard splitKey(trimmedFirst) != nil else { return .string(first) }
    let root = GoMap()
    var i = 0
    while i < lines.count {
      let line = lines[i]
      i += 1
      if isBlankOrComment(line) || indentOf(line) != 0 { continue }
      guard let (key, value) = splitKey(line) else { continue }
      if key == "metadata" && value.isEmpty {
        let meta = GoMap()
        var childIndent = -1
        while i < lines.count {
          let l = lines[i]
          if isBlankOrComment(l) {
            i += 1
            continue
          }
          let ind = indentOf(l)
          if ind == 0 { break }
          if childIndent < 0 { childIndent = ind }
          i += 1
          guard ind == childIndent, let (k, v) = splitKey(l) else { continue }
          if k == "annotations" && v.isEmpty {
            let ann = GoMap()
            var annIndent = -1
            while i < lines.count {
              let al = lines[i]
              if isBlankOrComment(al) {
                i += 1
                continue
              }
              let ai = indentOf(al)
              if ai <= childIndent { break }
              if annIndent < 0 { annIndent = ai }
              i += 1
              if ai == annIndent, let (ak, av) = splitKey(al) { ann[ak] = .string(scalar(av)) }
            }
            meta[k] = .map(ann)
          } else if k == "annotations" && v == "{}" {
            meta[k] = .map(GoMap())
          } else if k == "name" {
            meta[k] = .string(scalar(v))
          }
        }
        root[key] = .map(meta)
      } else if !value.isEmpty {
        var text = scalar(value)
        // A plain scalar continues on more-indented lines (`kind: A\n  ---` is "A ---").
        if let f = value.first, f != "\"", f != "'" {
          while i < lines.count, indentOf(lines[i]) > 0, !isBlankOrComment(lines[i]) {
            text += " " + lines[i].trimmingLeadingSpaces().trimmingTrailingSpaces()
            i += 1
          }
        }
        root[key] = .string(text)
      }
    }
    return .map(root)
  }

  private static func isBlankOrComment(_ line: String) -> Bool {
    let t = line.trimmingLeadingSpaces()
    return t.isEmpty || t.hasPrefix("#")
  }

  private static func indentOf(_ line: String) -> Int {
    line.prefix { $0 == " " }.count
  }

  /// `key: value` → (key, value) with quotes removed from the key.
  private static func splitKey(_ line: String) -> (String, String)? {
    let t = line.trimmingLeadingSpaces()
    var key = ""
    var rest = Substring(t)
    if let q = t.first, q == "\"" || q == "'" {
      guard let end = t.dropFirst().firstIndex(of: q) else { return nil }
      key = String(t[t.index(after: t.startIndex)..<end])
      rest = t[t.index(after: end)...]
      guard rest.hasPrefix(":") else { return nil }
      rest = rest.dropFirst()
    } else {
      guard let r = t.range(of: ": ") ?? (t.hasSuffix(":") ? t.range(of: ":", options: .backwards) : nil) else {
        return nil
      }
      key = String(t[..<r.lowerBound])
      rest = t[r.upperBound...]
    }
    return (key, String(rest).trimmingLeadingSpaces().trimmingTrailingSpaces())
  }

  private static func scalar(_ v: String) -> String {
    var s = v
    if let q = s.first, q == "\"" || q == "'", let end = s.dropFirst().lastIndex(of: q) {
      s = String(s[s.index(after: s.startIndex)..<end])
      return s
    }
    if let c = s.range(of: " #") { s = String(s[..<c.lowerBound]) }
    return s.trimmingTrailingSpaces()
  }
}

extension String {
  func trimmingLeadingSpaces() -> String {
    String(drop { $0 == " " || $0 == "\t" })
  }
  func trimmingTrailingSpaces() -> String {
    var s = self
    while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
    return s
  }
}
