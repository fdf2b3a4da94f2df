import CMalloc

/// How the process asks glibc's allocator to grow its heaps, set once at start.
///
/// Each thread that allocates gets its own glibc arena, a 64 MiB reservation made readable
/// and writable as it fills. With the default padding it is opened one page at a time:
/// `chartc validate` over the corpus render made 65,000 `mprotect` calls, about 7% of its
/// CPU time (`lint` over the product matrix: 5%). A padding of the arena size opens each
/// thread's arena whole when it is created (pages are still only committed when touched:
/// peak memory is unchanged), and lets the main heap grow in 64 MiB steps.
enum MallocTuning {
  static func apply() {
    #if os(Linux)
      _ = mallopt(M_TOP_PAD, 64 << 20)
    #endif
  }
}
