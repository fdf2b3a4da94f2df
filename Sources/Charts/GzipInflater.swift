import CZlib

/// Decompresses gzip data with zlib, stopping with an error once the output exceeds a limit.
enum GzipInflater {
  /// Inflates `compressed` (a gzip stream) and returns at most `limit` bytes; `overflow` is
  /// thrown when the stream holds more.
  static func inflate(_ compressed: [UInt8], limit: Int, overflow: ChartLoadError) throws -> [UInt8] {
    var stream = z_stream()
    guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else { throw ChartLoadError("gzip: cannot initialise decompressor") }
    defer { inflateEnd(&stream) }

    var output: [UInt8] = []
    output.reserveCapacity(min(limit, max(compressed.count * 4, 4096)))
    let chunkSize = 64 * 1024
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    var input = compressed
    let status: Int32 = input.withUnsafeMutableBufferPointer { inBuf in
      stream.next_in = inBuf.baseAddress
      stream.avail_in = uInt(inBuf.count)
      var result: Int32 = Z_OK
      repeat {
        result = chunk.withUnsafeMutableBufferPointer { outBuf in
          stream.next_out = outBuf.baseAddress
          stream.avail_out = uInt(chunkSize)
          return CZlib.inflate(&stream, Z_NO_FLUSH)
        }
        let produced = chunkSize - Int(stream.avail_out)
        if output.count + produced > limit { return Z_BUF_ERROR - 100 }
        output.append(contentsOf: chunk[0..<produced])
        if result == Z_STREAM_END {
          // A gzip file may hold several members; continue with the next one.
          if stream.avail_in > 0 {
            inflateReset(&stream)
            result = Z_OK
            continue
          }
          break
        }
        if result == Z_BUF_ERROR && stream.avail_in == 0 { return Z_DATA_ERROR - 100 }
      } while result == Z_OK
      return result
    }
    switch status {
    case Z_STREAM_END: return output
    case Z_BUF_ERROR - 100: throw overflow
    case Z_DATA_ERROR - 100: throw ChartLoadError("unexpected EOF")
    default: throw ChartLoadError("gzip: invalid header")
    }
  }
}
