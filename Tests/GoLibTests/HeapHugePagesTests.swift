import Foundation
import Testing

@testable import GoLib

#if canImport(Glibc)
  import Glibc
#endif

/// `HeapHugePages`: a thread's glibc heap is advised for transparent huge pages (the kernel
/// marks the mapping `hg` in `/proc/self/smaps`), and only once.
@Suite struct HeapHugePagesTests {
  /// Whether this kernel offers transparent huge pages at all.
  static var kernelOffersHugePages: Bool {
    guard
      let mode = try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)
    else { return false }
    return !mode.contains("[never]")
  }

  /// The `VmFlags` of the mapping holding `address`, from `/proc/self/smaps`.
  static func mappingFlags(of address: UInt) -> [Substring]? {
    // read to its end (its size on record is 0)
    guard let bytes = try? GoReadFile.read("/proc/self/smaps") else { return nil }
    let smaps = String(decoding: bytes, as: UTF8.self)
    var inside = false
    for line in smaps.split(separator: "\n") {
      let fields = line.split(separator: " ")
      if let range = fields.first, range.contains("-"), !range.hasSuffix(":") {
        let bounds = range.split(separator: "-").compactMap { UInt($0, radix: 16) }
        inside = bounds.count == 2 && bounds[0] <= address && address < bounds[1]
      } else if inside, fields.first == "VmFlags:" {
        return Array(fields.dropFirst())
      }
    }
    return nil
  }

  /// Runs `body` on a new thread and returns its result.
  static func onNewThread<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      box.value = body()
      done.signal()
    }
    thread.start()
    done.wait()
    return box.value!
  }

  final class ResultBox<T>: @unchecked Sendable {  // reason: written by one thread before the semaphore it waits on
    var value: T?
  }

  /// On a thread of its own, the heap the thread allocates from is advised (marked `hg`);
  /// where glibc hands the thread the main heap (arenas are shared past eight per core),
  /// that heap, grown with `brk`, is left as it is.
  @Test(.enabled(if: kernelOffersHugePages))
  func aThreadHeapIsAdvisedForHugePages() {
    let (onMainHeap, flags) = Self.onNewThread { () -> (Bool, [String]?) in
      let block = malloc(64)!
      defer { free(block) }
      let address = UInt(bitPattern: block)
      HeapHugePages.adviseCallingThread()
      HeapHugePages.adviseCallingThread()
      let onMainHeap = address < UInt(bitPattern: sbrk(0))
      return (onMainHeap, Self.mappingFlags(of: address).map { $0.map(String.init) })
    }
    #expect(flags != nil)
    #expect(flags?.contains("hg") == !onMainHeap)
  }
}
