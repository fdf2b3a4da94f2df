import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Backs the calling thread's glibc heap with transparent huge pages, as glibc does itself
/// under `GLIBC_TUNABLES=glibc.malloc.hugetlb=1` (a tunable read from the environment at
/// exec, which a program cannot set for itself).
///
/// A render allocates its few megabytes on a thread of its own (`LargeStack`), in a fresh
/// glibc arena: a 64 MiB heap, aligned to its size, whose pages the kernel zero-fills one
/// 4 KiB fault at a time (about 1.6 µs each here: mysql's render took 758 of them, a tenth of
/// its CPU). Advised, the heap is filled 2 MiB at a time; its first 2 MiB, which the
/// allocator has already touched for its own header, are collapsed into one huge page at
/// once. Where the kernel has no huge page to give, or transparent huge pages are off, it
/// falls back to small pages: the advice never changes what the program computes.
///
/// The main thread's heap (grown with `brk`) is left as it is; each thread heap is advised
/// once, whichever of its threads asks.
public enum HeapHugePages {
  /// glibc's thread heaps: `HEAP_MAX_SIZE`, twice the largest mmap threshold on 64-bit.
  static let heapSize = 64 << 20
  /// A transparent huge page on x86-64 and arm64 with 4 KiB pages.
  static let hugePageSize = 2 << 20

  private static let advised = Mutex<Set<UInt>>([])

  /// Advises the heap the calling thread allocates from, the first time it is asked for.
  public static func adviseCallingThread() {
    #if canImport(Glibc)
      guard let probe = malloc(1) else { return }
      defer { free(probe) }
      let address = UInt(bitPattern: probe)
      // the main arena's chunks lie below the program break; a thread heap is mapped above
      guard let top = sbrk(0), address > UInt(bitPattern: top) else { return }
      let base = address & ~UInt(heapSize - 1)
      guard advised.withLock({ $0.insert(base).inserted }) else { return }
      let start = UnsafeMutableRawPointer(bitPattern: base)
      _ = madvise(start, heapSize, MADV_HUGEPAGE)
      _ = madvise(start, hugePageSize, collapse)
    #endif
  }

  /// `MADV_COLLAPSE` (Linux 6.1), absent from older C headers; an older kernel refuses it
  /// with `EINVAL`, leaving the first 2 MiB in small pages.
  private static let collapse: Int32 = 25
}
