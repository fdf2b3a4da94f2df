/// The plain mapping keys a stream has already resolved, by their bytes: a manifest repeats
/// a few hundred keys (`name`, `image`, `containerPort`...) thousands of times, and each
/// repeat then costs a lookup instead of making, checking and resolving a string. Keys of up
/// to sixteen bytes are kept, in an open-addressed table sized to the stream (a short text —
/// a `Chart.yaml`, a `fromYaml` argument — does not pay for a table of thousands of slots)
/// that stops taking new keys when three quarters full. One stream's reader owns it.
final class BlockKeyCache {
  private struct Slot {
    var low: UInt64 = 0
    var high: UInt64 = 0
    /// 0 for an empty slot, else the key's length.
    var length = 0
    var key = ""
  }

  /// The most slots a table has.
  static let maximumCapacity = 2048
  private let capacity: Int
  /// The table, owned by the cache (read and written in place: no copy of a slot, no
  /// exclusivity check of an array property).
  private let slots: UnsafeMutablePointer<Slot>
  private var used = 0

  /// A table for a stream of `lines` lines (a mapping key per line at most): twice as many
  /// slots, a power of two from 16 to `maximumCapacity`.
  init(lines: Int) {
    var capacity = 16
    while capacity < Self.maximumCapacity && capacity < 2 * lines { capacity *= 2 }
    self.capacity = capacity
    slots = .allocate(capacity: capacity)
    slots.initialize(repeating: Slot(), count: capacity)
  }

  deinit {
    slots.deinitialize(count: capacity)
    slots.deallocate()
  }

  /// The key of the plain scalar `b[from..<to]`, resolved by `resolve` the first time.
  func key(
    _ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, resolve: (String) -> String?
  ) -> String? {
    let length = to - from
    guard length > 0 && length <= 16, let base = b.baseAddress else { return resolve(Self.text(b, from, to)) }
    // the key's bytes as two little-endian words, zero past its end
    var low: UInt64 = 0
    var high: UInt64 = 0
    if from + 16 <= b.count {
      let raw = UnsafeRawPointer(base + from)
      low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
      high = length > 8 ? UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) : 0
      if length < 8 { low &= (1 << (8 * UInt64(length))) - 1 }
      if length > 8 && length < 16 { high &= (1 << (8 * UInt64(length - 8))) - 1 }
    } else {
      withUnsafeMutableBytes(of: &low) { word in
        word.copyMemory(from: UnsafeRawBufferPointer(start: base + from, count: min(length, 8)))
      }
      if length > 8 {
        withUnsafeMutableBytes(of: &high) { word in
          word.copyMemory(from: UnsafeRawBufferPointer(start: base + from + 8, count: length - 8))
        }
      }
      low = UInt64(littleEndian: low)
      high = UInt64(littleEndian: high)
    }
    var hash = (low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(length)) &* 0xFF51_AFD7_ED55_8CCD
    hash ^= hash >> 29
    let mask = capacity - 1
    var index = Int(truncatingIfNeeded: hash) & mask
    while slots[index].length != 0 {
      if slots[index].length == length && slots[index].low == low && slots[index].high == high {
        return slots[index].key
      }
      index = (index + 1) & mask
    }
    guard let key = resolve(Self.text(b, from, to)) else { return nil }
    if used * 4 < capacity * 3 {
      slots[index] = Slot(low: low, high: high, length: length, key: key)
      used += 1
    }
    return key
  }

  private static func text(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self)
  }
}
