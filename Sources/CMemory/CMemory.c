#include "CMemory.h"
#include <malloc.h>

size_t ardoise_allocated_bytes(void) {
    struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}
