#ifndef CHARTC_MALLOC_H
#define CHARTC_MALLOC_H

/* glibc's allocator tuning (`mallopt`), which the Glibc module does not export. */
#if defined(__linux__)
#include <malloc.h>
#endif

#endif
