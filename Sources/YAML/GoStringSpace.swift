extension String {
  /// Go's `strings.TrimSpace` (ASCII and Unicode white space).
  func trimmingGoSpace() -> String {
    let scalars = Array(unicodeScalars)
    func isSpace(_ u: Unicode.Scalar) -> Bool {
      switch u.value {
      case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0: return true
      default: return u.properties.isWhitespace
      }
    }
    var s = 0
    var e = scalars.count
    while s < e && isSpace(scalars[s]) { s += 1 }
    while e > s && isSpace(scalars[e - 1]) { e -= 1 }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars[s..<e])
    return String(out)
  }
}
