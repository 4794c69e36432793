#include "cutf8scan.h"

#if defined(__SSE2__)
#include <emmintrin.h>

// Flags as in CleanUTF8.Flag.
enum { NON_ASCII = 1, BEYOND_1252 = 2, REWRITE = 8, COMBINING = 16, INVALID = 0x80 };

size_t cancu_utf8_plain_blocks(const uint8_t *p, size_t n, const uint8_t *two, uint8_t *flags) {
    size_t i = 0;
    uint8_t f = 0;
    const __m128i c0 = _mm_set1_epi8((char)0xC0), c80 = _mm_set1_epi8((char)0x80), e0 = _mm_set1_epi8((char)0xE0);
    const __m128i e1 = _mm_set1_epi8((char)0xE1), space = _mm_set1_epi8(0x20);
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
        unsigned high = (unsigned)_mm_movemask_epi8(v);
        // Signed compare: bytes below 0x20 and bytes from 0x80 up; only the former are controls.
        unsigned ctrl = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, space)) & ~high;
        if (high == 0) {
            if (ctrl) break;
            i += 16;
            continue;
        }
        unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, c0), c80));
        unsigned lead2 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, e0), c0));
        unsigned lead3 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, e1));
        // A character that runs past the block ends it early; the rest is for the next block.
        unsigned cut = 16;
        if (lead3 & 0x4000) cut = 14;
        else if ((lead3 | lead2) & 0x8000) cut = 15;
        unsigned m = (1u << cut) - 1;
        high &= m; ctrl &= m; cont &= m; lead2 &= m; lead3 &= m;
        // Every high byte is a known lead or a continuation, and the continuations are exactly
        // those the leads need: then the block is valid UTF-8 made of these characters.
        if (ctrl || (high & ~cont) != (lead2 | lead3) || cont != (((lead2 | lead3) << 1) | (lead3 << 2))) break;
        uint8_t bf = lead3 ? (NON_ASCII | BEYOND_1252) : 0;
        unsigned ok = 1;
        for (unsigned l = lead2; l; l &= l - 1) {
            unsigned k = (unsigned)__builtin_ctz(l);
            uint8_t t = two[((p[i + k] & 0x1F) << 6) | (p[i + k + 1] & 0x3F)];
            if (t & (INVALID | REWRITE | COMBINING)) { ok = 0; break; }
            bf |= t;
        }
        if (!ok) break;
        f |= bf;
        i += cut;
    }
    *flags |= f;
    return i;
}

#else

// Without SSE2 the Swift scan does everything.
size_t cancu_utf8_plain_blocks(const uint8_t *p, size_t n, const uint8_t *two, uint8_t *flags) {
    (void)p; (void)n; (void)two; (void)flags;
    return 0;
}

#endif
