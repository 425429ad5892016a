#ifndef ARDOISE_CMEMORY_H
#define ARDOISE_CMEMORY_H
#include <stddef.h>

/// Bytes currently allocated by this process through malloc (glibc's mallinfo2):
/// what a running program holds, to stop it long before the machine swaps.
size_t ardoise_allocated_bytes(void);

#endif
