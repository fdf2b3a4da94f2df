/// Go's treatment of invalid UTF-8 in `encoding/json`: each invalid byte becomes U+FFFD.
enum GoUTF8 {
  static func stringCoercingInvalid(_ bytes: [UInt8]) -> String {
    var out = String.UnicodeScalarView()
    var i = 0
    while i < bytes.count {
      let c = bytes[i]
      var need = 0
      var v: UInt32 = 0
      var minV: UInt32 = 0
      if c < 0x80 {
        out.append(Unicode.Scalar(c))
        i += 1
        continue
      } else if c & 0xE0 == 0xC0 {
        need = 1; v = UInt32(c & 0x1F); minV = 0x80
      } else if c & 0xF0 == 0xE0 {
        need = 2; v = UInt32(c & 0x0F); minV = 0x800
      } else if c & 0xF8 == 0xF0 {
        need = 3; v = UInt32(c & 0x07); minV = 0x10000
      } else {
        out.append("\u{FFFD}")
        i += 1
        continue
      }
      var ok = i + need < bytes.count
      if ok {
        for k in 1...need {
          let b = bytes[i + k]
          if b & 0xC0 != 0x80 { ok = false; break }
          v = (v << 6) | UInt32(b & 0x3F)
        }
      }
      if ok, v >= minV, v <= 0x10FFFF, !(v >= 0xD800 && v <= 0xDFFF), let s = Unicode.Scalar(v) {
        out.append(s)
        i += need + 1
      } else {
        out.append("\u{FFFD}")
        i += 1
      }
    }
    return String(out)
  }
}
