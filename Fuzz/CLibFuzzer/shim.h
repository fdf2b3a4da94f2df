// libFuzzer's driver, supplied by `-sanitize=fuzzer` (libclang_rt.fuzzer). SwiftPM links an
// executable with its own `main` (`<module>_main`), so each fuzz target's main.swift hands
// its `LLVMFuzzerTestOneInput` to the driver here instead of using libFuzzer's `main`.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*user_callback)(const uint8_t *data, size_t size));

/// Runs libFuzzer with the command line and the entry `test_one_input`; returns its exit code.
static inline int chartc_fuzz_main(int argc, char **argv, int (*test_one_input)(const uint8_t *data, size_t size)) {
  return LLVMFuzzerRunDriver(&argc, &argv, test_one_input);
}
