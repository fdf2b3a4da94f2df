#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// How many threads of work the process can run at once: the processors it may run on
/// (its affinity mask, as Go's `runtime.NumCPU` counts them), fewer under a cgroup CPU
/// quota (`cpu.max`, or `cpu.cfs_quota_us` and `cpu.cfs_period_us`), as Foundation's
/// `activeProcessorCount` reads them. Read with POSIX calls: Foundation read the quota files
/// through `URL`, whose first use had the runtime scan the binary's conformance table (0.4 M
/// instructions of every `chartc validate`).
public enum ProcessorCount {
  public static let active: Int = {
    var count = affinityCount() ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    if let quota = cgroupQuota() { count = min(count, quota) }
    return max(1, count)
  }()

  /// The processors of the affinity mask (the `Cpus_allowed` mask of `/proc/self/status`,
  /// what `sched_getaffinity` reports); nil where the system does not say.
  static func affinityCount() -> Int? {
    guard let status = try? GoReadFile.read("/proc/self/status") else { return nil }
    let count = status.withUnsafeBufferPointer { bytes -> Int in
      let label = Array("\nCpus_allowed:".utf8)
      guard let at = label.withUnsafeBufferPointer({ ByteSearch.offset(of: $0, in: bytes) }) else { return 0 }
      var count = 0
      var i = at + label.count
      while i < bytes.count && bytes[i] != UInt8(ascii: "\n") {
        count += hexDigitValue(bytes[i]).nonzeroBitCount
        i += 1
      }
      return count
    }
    return count > 0 ? count : nil
  }

  /// The value of an ASCII hex digit; 0 for any other byte (tabs, commas).
  private static func hexDigitValue(_ b: UInt8) -> Int {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(b - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(b - UInt8(ascii: "a")) + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(b - UInt8(ascii: "A")) + 10
    default: return 0
    }
  }

  /// The CPU quota of the process's cgroup in whole processors (rounded up); nil when none.
  private static func cgroupQuota() -> Int? {
    if let fields = fields("/sys/fs/cgroup/cpu.max") {
      // `max 100000`: no quota; `150000 100000`: one and a half processors
      guard fields.count >= 2, let quota = fields[0], let period = fields[1] else { return nil }
      return quotient(quota, period)
    }
    if let quota = fields("/sys/fs/cgroup/cpu/cpu.cfs_quota_us")?.first ?? nil,
      let period = fields("/sys/fs/cgroup/cpu/cpu.cfs_period_us")?.first ?? nil
    {
      return quotient(quota, period)
    }
    return nil
  }

  private static func quotient(_ quota: Int, _ period: Int) -> Int? {
    guard quota > 0, period > 0 else { return nil }
    return (quota + period - 1) / period
  }

  /// The blank-separated words of the file at `path` as decimal integers (nil for a word
  /// that is not one, such as `max`); nil when the file cannot be read.
  static func fields(_ path: String) -> [Int?]? {
    guard let bytes = try? GoReadFile.read(path) else { return nil }
    var fields: [Int?] = []
    var value: Int? = nil
    var inWord = false
    for b in bytes + [UInt8(ascii: " ")] {
      if b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\t") {
        if inWord { fields.append(value) }
        inWord = false
        continue
      }
      if !inWord { (inWord, value) = (true, 0) }
      // any other byte (a letter of `max`, the sign of `-1`) makes the word no integer
      if let v = value, b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9"), v < Int.max / 10 - 9 {
        value = v * 10 + Int(b - UInt8(ascii: "0"))
      } else {
        value = nil
      }
    }
    return fields
  }
}
