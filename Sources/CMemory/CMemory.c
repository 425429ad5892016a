#include "CMemory.h"
#include <malloc.h>

/// Under AddressSanitizer (`make test-asan`, the fuzzer) malloc is the sanitizer's own and
/// glibc's counters stay near zero: the sanitizer's count is asked instead, when it is there.
extern size_t __sanitizer_get_current_allocated_bytes(void) __attribute__((weak));

size_t ardoise_allocated_bytes(void) {
    if (__sanitizer_get_current_allocated_bytes) {
        return __sanitizer_get_current_allocated_bytes();
    }
    struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}
