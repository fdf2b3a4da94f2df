import Foundation

/// A Go `*time.Location`: UTC, Local (UTC here, as the corpus was generated), a fixed
/// offset, or a zone read from the system's TZif files like `time.LoadLocation`.
///
/// Instants after a zone's last listed transition follow the file's POSIX TZ footer rule,
/// as Go's `tzset` does.
public final class GoLocation: Sendable {
  struct Zone: Sendable {
    let name: String
    let offset: Int
    let isDST: Bool
  }
  struct Transition: Sendable {
    let when: Int64
    let index: Int
  }

  public let name: String
  let zones: [Zone]
  let transitions: [Transition]
  /// The TZif footer (POSIX TZ rule) for times after the last transition.
  let extend: String

  init(name: String, zones: [Zone], transitions: [Transition], extend: String = "") {
    self.name = name
    self.zones = zones
    self.transitions = transitions
    self.extend = extend
  }

  public static let utc = GoLocation(name: "UTC", zones: [], transitions: [])
  /// `time.Local` with the local zone set to UTC.
  public static let local = GoLocation(name: "Local", zones: [], transitions: [])

  /// `time.FixedZone(name, offset)`.
  public static func fixed(_ name: String, _ offset: Int) -> GoLocation {
    GoLocation(name: name, zones: [Zone(name: name, offset: offset, isDST: false)], transitions: [])
  }

  /// The zone abbreviation, UTC offset in seconds and validity interval at `sec`.
  func lookup(_ sec: Int64) -> (name: String, offset: Int, start: Int64, end: Int64) {
    if zones.isEmpty { return ("UTC", 0, .min, .max) }
    if transitions.isEmpty || sec < transitions[0].when {
      let z = zones[firstZoneIndex()]
      return (z.name, z.offset, .min, transitions.first?.when ?? .max)
    }
    var lo = 0
    var hi = transitions.count
    var end = Int64.max
    while hi - lo > 1 {
      let m = (lo + hi) / 2
      let lim = transitions[m].when
      if sec < lim {
        end = lim
        hi = m
      } else {
        lo = m
      }
    }
    let z = zones[transitions[lo].index]
    if lo == transitions.count - 1, !extend.isEmpty,
      let r = GoTZRule.evaluate(extend, lastTransition: transitions[lo].when, sec)
    {
      return r
    }
    return (z.name, z.offset, transitions[lo].when, end)
  }

  func firstZoneIndex() -> Int {
    if !transitions.contains(where: { $0.index == 0 }) { return 0 }
    if let first = transitions.first, zones[first.index].isDST {
      var zi = first.index - 1
      while zi >= 0 {
        if !zones[zi].isDST { return zi }
        zi -= 1
      }
    }
    return zones.firstIndex(where: { !$0.isDST }) ?? 0
  }

  /// Offset of the zone called `abbrev` in effect around `sec`, as Go's `lookupName`.
  func lookupName(_ abbrev: String, _ sec: Int64) -> Int? {
    for z in zones where z.name == abbrev {
      let l = lookup(sec &- Int64(z.offset))
      if l.name == z.name { return l.offset }
    }
    for z in zones where z.name == abbrev { return z.offset }
    if zones.isEmpty && abbrev == "UTC" { return 0 }
    return nil
  }

  nonisolated(unsafe) private static var cache: [String: GoLocation] = [:]
  private static let cacheLock = NSLock()

  /// `time.LoadLocation(name)`; nil where Go returns an error.
  public static func load(_ name: String) -> GoLocation? {
    if name == "" || name == "UTC" { return utc }
    if name == "Local" { return local }
    if name.hasPrefix("/") || name.hasPrefix("\\") || name.contains("..") || name.contains("\0") {
      return nil
    }
    cacheLock.lock()
    defer { cacheLock.unlock() }
    if let hit = cache[name] { return hit }
    for dir in ["/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo/"] {
      // POSIX reading: FileManager's makes generic types at run time, which has the runtime
      // scan the binary's conformance table
      if let data = try? GoReadFile.read(dir + name), let loc = parseTZif(name, data) {
        cache[name] = loc
        return loc
      }
    }
    return nil
  }

  /// Parses a TZif file (v1, or the 64-bit v2+ block).
  static func parseTZif(_ name: String, _ d: [UInt8]) -> GoLocation? {
    var p = 0
    func u32() -> UInt32? {
      guard p + 4 <= d.count else { return nil }
      defer { p += 4 }
      return UInt32(d[p]) << 24 | UInt32(d[p + 1]) << 16 | UInt32(d[p + 2]) << 8 | UInt32(d[p + 3])
    }
    func header() -> (Int, [Int])? {
      guard p + 20 <= d.count, d[p] == 0x54, d[p + 1] == 0x5A, d[p + 2] == 0x69, d[p + 3] == 0x66 else {
        return nil
      }
      let version = Int(d[p + 4])
      p += 20
      var counts: [Int] = []
      for _ in 0..<6 {
        guard let c = u32() else { return nil }
        counts.append(Int(c))
      }
      return (version, counts)
    }
    guard let (version, c1) = header() else { return nil }
    var counts = c1
    var timeSize = 4
    if version >= 0x32 {
      // Skip the v1 block.
      let (isut, isstd, leap, time, type, char) = (c1[0], c1[1], c1[2], c1[3], c1[4], c1[5])
      p += time * 4 + time + type * 6 + char + leap * 8 + isstd + isut
      guard let (_, c2) = header() else { return nil }
      counts = c2
      timeSize = 8
    }
    let (timecnt, typecnt, charcnt) = (counts[3], counts[4], counts[5])
    guard p + timecnt * timeSize + timecnt + typecnt * 6 + charcnt <= d.count else { return nil }
    var whens: [Int64] = []
    for _ in 0..<timecnt {
      var v: UInt64 = 0
      for k in 0..<timeSize { v = v << 8 | UInt64(d[p + k]) }
      p += timeSize
      whens.append(timeSize == 4 ? Int64(Int32(bitPattern: UInt32(v))) : Int64(bitPattern: v))
    }
    var indices: [Int] = []
    for _ in 0..<timecnt {
      indices.append(Int(d[p]))
      p += 1
    }
    var raw: [(Int, Bool, Int)] = []
    for _ in 0..<typecnt {
      let off = Int(
        Int32(
          bitPattern: UInt32(d[p]) << 24 | UInt32(d[p + 1]) << 16 | UInt32(d[p + 2]) << 8 | UInt32(d[p + 3])))
      raw.append((off, d[p + 4] != 0, Int(d[p + 5])))
      p += 6
    }
    let chars = Array(d[p..<(p + charcnt)])
    let zones = raw.map { (off, dst, ai) -> Zone in
      var e = ai
      while e < chars.count, chars[e] != 0 { e += 1 }
      let abbrev = ai < chars.count ? String(decoding: chars[ai..<e], as: UTF8.self) : ""
      return Zone(name: abbrev, offset: off, isDST: dst)
    }
    guard !zones.isEmpty, indices.allSatisfy({ $0 < zones.count }) else { return nil }
    let tx = zip(whens, indices).map { Transition(when: $0, index: $1) }
    var extend = ""
    if timeSize == 8 {
      p += charcnt + counts[2] * 12 + counts[1] + counts[0]
      if p < d.count, d[p] == 10, let end = d[(p + 1)...].firstIndex(of: 10) {
        extend = String(decoding: d[(p + 1)..<end], as: UTF8.self)
      }
    }
    return GoLocation(name: name, zones: zones, transitions: tx, extend: extend)
  }
}
