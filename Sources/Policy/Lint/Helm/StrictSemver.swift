/// Masterminds semver's `StrictNewVersion`: exactly `MAJOR.MINOR.PATCH`, numbers without
/// leading zeros, an optional pre-release and build metadata (SemVer 2.0.0).
enum StrictSemver {
  static func isValid(_ text: String) -> Bool {
    if text.isEmpty { return false }
    var core = Substring(text)
    var build: Substring? = nil
    var pre: Substring? = nil
    if let plus = core.firstIndex(of: "+") {
      build = core[core.index(after: plus)...]
      core = core[..<plus]
    }
    if let dash = core.firstIndex(of: "-") {
      pre = core[core.index(after: dash)...]
      core = core[..<dash]
    }
    let numbers = core.split(separator: ".", omittingEmptySubsequences: false)
    guard numbers.count == 3 else { return false }
    for n in numbers {
      guard !n.isEmpty, n.allSatisfy({ $0.isASCII && $0.isNumber }), UInt64(n) != nil else { return false }
      if n.count > 1 && n.first == "0" { return false }
    }
    func identifiers(_ part: Substring, numericRule: Bool) -> Bool {
      for id in part.split(separator: ".", omittingEmptySubsequences: false) {
        if id.isEmpty { return false }
        if !id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) { return false }
        if numericRule && id.count > 1 && id.first == "0" && id.allSatisfy({ $0.isNumber }) { return false }
      }
      return true
    }
    if let pre, !identifiers(pre, numericRule: true) { return false }
    if let build, !identifiers(build, numericRule: false) { return false }
    return true
  }
}
