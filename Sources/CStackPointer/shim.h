#ifndef CHARTC_STACK_POINTER_H
#define CHARTC_STACK_POINTER_H
#include <stdint.h>

/* The caller's frame address: always on the thread's own stack, where the address of a
   Swift local may not be (AddressSanitizer moves locals to a heap "fake stack" to catch
   use after return). */
static inline __attribute__((always_inline)) uintptr_t chartc_frame_address(void) {
  return (uintptr_t)__builtin_frame_address(0);
}

#endif
