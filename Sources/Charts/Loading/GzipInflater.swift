import CZlib

/// Decompresses a gzip stream with zlib on demand, a piece at a time, so a reader can refuse
/// an oversized archive entry from its header without inflating it; the total output is
/// capped at `limit` bytes (`overflow` is thrown beyond it).
final class GzipInflater {
  private let stream: UnsafeMutablePointer<z_stream>
  private let input: UnsafeMutableBufferPointer<UInt8>
  private var pending: [UInt8] = []
  private var pendingStart = 0
  private var finished = false
  private var produced = 0
  private let limit: Int
  private let overflow: ChartLoadError
  private static let chunkSize = 64 * 1024

  init(_ compressed: [UInt8], limit: Int, overflow: ChartLoadError) throws {
    self.limit = limit
    self.overflow = overflow
    input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(compressed.count, 1))
    _ = input.initialize(from: compressed)
    stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    stream.initialize(to: z_stream())
    stream.pointee.next_in = input.baseAddress
    stream.pointee.avail_in = uInt(compressed.count)
    guard inflateInit2_(stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else {
      stream.deallocate()
      input.deallocate()
      throw ChartLoadError("gzip: cannot initialise decompressor")
    }
  }

  deinit {
    inflateEnd(stream)
    stream.deallocate()
    input.deallocate()
  }

  /// Inflates a whole stream at once (at most `limit` bytes).
  static func inflate(_ compressed: [UInt8], limit: Int, overflow: ChartLoadError) throws -> [UInt8] {
    let inflater = try GzipInflater(compressed, limit: limit, overflow: overflow)
    var output: [UInt8] = []
    while let piece = try inflater.read(upTo: chunkSize) { output += piece }
    return output
  }

  /// Exactly `count` bytes; `nil` when the stream ended cleanly before the first of them,
  /// `unexpected EOF` when it ended in their middle.
  func read(exactly count: Int) throws -> [UInt8]? {
    while pending.count - pendingStart < count {
      if try !fill() {
        if pending.count == pendingStart { return nil }
        throw ChartLoadError("unexpected EOF")
      }
    }
    return take(count)
  }

  /// Discards `count` bytes, inflating them piece by piece.
  func skip(_ count: Int) throws {
    var left = count
    while left > 0 {
      guard let piece = try read(upTo: min(left, Self.chunkSize)) else {
        throw ChartLoadError("unexpected EOF")
      }
      left -= piece.count
    }
  }

  /// Between 1 and `count` bytes, or `nil` at the end of the stream.
  private func read(upTo count: Int) throws -> [UInt8]? {
    while pending.count == pendingStart {
      if try !fill() { return nil }
    }
    return take(min(count, pending.count - pendingStart))
  }

  private func take(_ count: Int) -> [UInt8] {
    let result = Array(pending[pendingStart..<pendingStart + count])
    pendingStart += count
    if pendingStart >= 256 * 1024 || pendingStart == pending.count {
      pending.removeSubrange(0..<pendingStart)
      pendingStart = 0
    }
    return result
  }

  /// Inflates the next piece into `pending`; false at the end of the stream.
  private func fill() throws -> Bool {
    if finished { return false }
    var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
    let status: Int32 = chunk.withUnsafeMutableBufferPointer { out in
      stream.pointee.next_out = out.baseAddress
      stream.pointee.avail_out = uInt(out.count)
      return CZlib.inflate(stream, Z_NO_FLUSH)
    }
    let count = Self.chunkSize - Int(stream.pointee.avail_out)
    produced += count
    if produced > limit { throw overflow }
    pending += chunk[0..<count]
    switch status {
    case Z_OK:
      return true
    case Z_STREAM_END:
      // A gzip file may hold several members; continue with the next one.
      if stream.pointee.avail_in > 0 {
        inflateReset(stream)
      } else {
        finished = true
      }
      return true
    case Z_BUF_ERROR where stream.pointee.avail_in == 0:
      throw ChartLoadError("unexpected EOF")
    case Z_BUF_ERROR:
      return true
    default:
      throw ChartLoadError("gzip: invalid header")
    }
  }
}
