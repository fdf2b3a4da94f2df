import CZlib
import Foundation

/// Builds tar streams and gzip archives byte by byte, so tests can craft archives no
/// well-behaved tool would write (`../` entries, absolute paths, huge entries).
enum TarArchive {
  /// One 512-byte ustar header for a regular file (`type` "0") or another entry type.
  static func header(name: String, size: Int, type: UInt8 = UInt8(ascii: "0")) -> [UInt8] {
    var h = [UInt8](repeating: 0, count: 512)
    func put(_ text: String, _ at: Int, _ length: Int) {
      for (i, b) in Array(text.utf8).prefix(length).enumerated() { h[at + i] = b }
    }
    func octal(_ value: Int, _ at: Int, _ length: Int) {
      let digits = String(value, radix: 8)
      put(String(repeating: "0", count: max(0, length - 1 - digits.count)) + digits, at, length - 1)
    }
    put(name, 0, 100)
    octal(0o644, 100, 8)
    octal(0, 108, 8)
    octal(0, 116, 8)
    octal(size, 124, 12)
    octal(0, 136, 12)
    h[156] = type
    put("ustar", 257, 6)
    put("00", 263, 2)
    for i in 148..<156 { h[i] = UInt8(ascii: " ") }
    let sum = h.reduce(0) { $0 + Int($1) }
    octal(sum, 148, 7)
    h[155] = UInt8(ascii: " ")
    return h
  }

  /// A tar stream of regular files, in order, with the two closing zero blocks.
  static func tar(_ entries: [(String, String)]) -> [UInt8] {
    var out: [UInt8] = []
    for (name, text) in entries {
      let body = Array(text.utf8)
      out += header(name: name, size: body.count)
      out += body
      out += [UInt8](repeating: 0, count: (512 - body.count % 512) % 512)
    }
    return out + [UInt8](repeating: 0, count: 1024)
  }

  /// A gzip archive of regular files.
  static func tgz(_ entries: [(String, String)]) -> [UInt8] {
    gzip(tar(entries))
  }

  /// Compresses `data` as one gzip member.
  static func gzip(_ data: [UInt8]) -> [UInt8] {
    var writer = RawDeflater()
    let body = writer.deflate(data, flush: Z_FINISH)
    var crc = crc32(0, nil, 0)
    data.withUnsafeBufferPointer { crc = crc32(crc, $0.baseAddress, uInt($0.count)) }
    return gzipHeader + body + littleEndian(UInt32(crc))
      + littleEndian(UInt32(truncatingIfNeeded: data.count))
  }

  /// A gzip archive of `chartFiles` followed by entries of zeros (name, size in MiB), built
  /// from one compressed mebibyte repeated (full-flush points make the copies independent),
  /// so a gigabyte entry costs about a megabyte and no time to build.
  static func zeroBomb(chartFiles: [(String, String)], zeros: [(String, Int)]) -> [UInt8] {
    var writer = RawDeflater()
    var body = writer.deflate(Array(tar(chartFiles).dropLast(1024)), flush: Z_FULL_FLUSH)
    let block = writer.deflate([UInt8](repeating: 0, count: 1024 * 1024), flush: Z_FULL_FLUSH)
    var total = 0
    for (name, megabytes) in zeros {
      body += writer.deflate(header(name: name, size: megabytes * 1024 * 1024), flush: Z_FULL_FLUSH)
      for _ in 0..<megabytes { body += block }
      total += megabytes * 1024 * 1024
    }
    body += writer.deflate([UInt8](repeating: 0, count: 1024), flush: Z_FINISH)
    // The trailer's CRC is not computed: a reader must give up long before reaching it.
    return gzipHeader + body + [0, 0, 0, 0] + littleEndian(UInt32(truncatingIfNeeded: total))
  }

  static func zeroBomb(chartFiles: [(String, String)], name: String, megabytes: Int) -> [UInt8] {
    zeroBomb(chartFiles: chartFiles, zeros: [(name, megabytes)])
  }

  private static let gzipHeader: [UInt8] = [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF]

  private static func littleEndian(_ value: UInt32) -> [UInt8] {
    [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
  }
}

/// A raw deflate stream (no zlib or gzip wrapper) fed in pieces.
struct RawDeflater {
  private var stream = z_stream()
  private var open = false

  mutating func deflate(_ input: [UInt8], flush: Int32) -> [UInt8] {
    if !open {
      _ = deflateInit2_(
        &stream, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
        Int32(MemoryLayout<z_stream>.size))
      open = true
    }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    var source = input
    source.withUnsafeMutableBufferPointer { inBuf in
      stream.next_in = inBuf.baseAddress
      stream.avail_in = uInt(inBuf.count)
      while true {
        let status = chunk.withUnsafeMutableBufferPointer { outBuf -> Int32 in
          stream.next_out = outBuf.baseAddress
          stream.avail_out = uInt(outBuf.count)
          return CZlib.deflate(&stream, flush)
        }
        let produced = chunk.count - Int(stream.avail_out)
        output += chunk[0..<produced]
        if status == Z_STREAM_END || (stream.avail_out > 0 && stream.avail_in == 0) || status < 0 { break }
      }
    }
    if flush == Z_FINISH {
      deflateEnd(&stream)
      open = false
    }
    return output
  }
}
