#ifndef CANCU_CUTF8SCAN_H
#define CANCU_CUTF8SCAN_H

#include <stddef.h>
#include <stdint.h>

/// The best block scanner this CPU has: 2 = AVX2 (32-byte blocks), 1 = SSE2 (16-byte blocks),
/// 0 = none (the Swift scan does everything).
int cancu_utf8_best_level(void);

/// Scans `p` a block at a time (32 bytes with AVX2, else 16 with SSE2) while the characters are
/// plain: printable ASCII, LF, valid 2-byte sequences and E1 xx xx (Vietnamese ạ … ỹ), and no
/// 2-byte character whose `two` flags (CleanUTF8.twoByte) mark it invalid, debris, rewritten or
/// combining. `lanes` (CleanUTF8.lanes, 16 bytes) classifies C3 letters by their second byte
/// without `two` (AVX2 only; C4 and C6 but ƒ are taken as common letters beyond Windows-1252).
///
/// `*flags` holds the flags of the current line so far, `*line_start` its start; `base` is the
/// offset of `p[0]` in the text. At an LF the scanner ends the line itself (flags cleared, the line
/// start moved past the LF) unless the line may have a legacy reading (non-ASCII text that Windows-1252
/// has throughout): then it stops at that LF and leaves it to the caller. It also stops at the first
/// character that is not plain (with AVX2, at any 2-byte character but the common C3 C4 C6 letters).
/// Returns how many bytes it passed (always a character boundary).
///
/// Reads whole blocks only: blocks start at offsets below `n - 15`, and an AVX2 block also reads
/// the byte after it. `level` is clamped to `cancu_utf8_best_level()`.
size_t cancu_utf8_plain_blocks(const uint8_t *p, size_t n, const uint8_t *two, const uint8_t *lanes,
                               uint8_t *flags, size_t *line_start, size_t base, int level);

/// How many bytes of `p[0..<n]` are UTF-8 continuation bytes (80–BF): a text's scalar count is `n`
/// minus this.
size_t cancu_utf8_continuations(const uint8_t *p, size_t n);

/// The offset of the first byte of `p[0..<n]` that may start a sequence the text normalizer
/// rewrites or a combining mark (0D 1E 1F C2 CC CD E2 EF, C3 before 90 or B0 or at the end); `n`
/// when there is none. A superset: the caller checks each offset it gets.
size_t cancu_utf8_next_rewrite(const uint8_t *p, size_t n);

/// `cancu_utf8_continuations` with the code for `level` (as in `cancu_utf8_best_level`, clamped to
/// it): tests pin each to the others.
size_t cancu_utf8_continuations_at(const uint8_t *p, size_t n, int level);

/// `cancu_utf8_next_rewrite` with the code for `level` (2: AVX2, else eight bytes at a time).
size_t cancu_utf8_next_rewrite_at(const uint8_t *p, size_t n, int level);

/// The offset of the first ASCII digit (`0`–`9`) in `p[0..<n]`; `n` when there is none.
size_t cancu_next_digit(const uint8_t *p, size_t n);

/// `cancu_next_digit` with the code for `level` (2: AVX2, else eight bytes at a time).
size_t cancu_next_digit_at(const uint8_t *p, size_t n, int level);

/// The first position `q` in `from..<n` (`from` at least 1) where `p[q - 1] p[q]` is `Ng` or `p[q..<q + 4]` is
/// `uậ` (75 E1 BA AD): where a law or a resolution may be named (`Luật`, `Nghị quyết`); `n` when there is none.
size_t cancu_next_named_candidate(const uint8_t *p, size_t from, size_t n);

/// `cancu_next_named_candidate` with the code for `level` (2: AVX2, else byte by byte).
size_t cancu_next_named_candidate_at(const uint8_t *p, size_t from, size_t n, int level);

/// Writes the bytes after an escape in `cancu_json_quoted`: `s[i..<n]` as a JSON string's contents at `o`,
/// then the closing quote; returns the end of what it wrote. (Escapes are rare: kept out of line.)
uint8_t *cancu_json_escaped(const uint8_t *s, size_t n, size_t i, uint8_t *o);

#if defined(__x86_64__) && defined(__SSE2__)
#include <emmintrin.h>

/// The bytes of `v` that JSON requires escaped (bit k: byte k): controls below 0x20, `"` and `\`.
static inline __attribute__((always_inline)) unsigned cancu_json_bad16(__m128i v) {
    __m128i ctrl = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
    __m128i q = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x22)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x5C)));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(ctrl, q));
}
#endif

/// Writes `s[0..<n]` (UTF-8) as a JSON string literal at `q` and returns how many bytes it wrote: UTF-8 kept
/// as is; `\"`, `\\`, `\n`, `\r`, `\t`, and `\u00XX` for other control characters. `q` must have room for
/// the worst case, `6 * n + 2` bytes; only `s[0..<n]` is read. Inline (Swift callers inline it too): most
/// strings are short and need no escaping, and are then copied with a few overlapping loads and stores
/// checked all at once.
static inline __attribute__((always_inline)) size_t cancu_json_quoted(const uint8_t *s, size_t n, uint8_t *q) {
    uint8_t *o = q + 1;
    q[0] = 0x22;
#if defined(__x86_64__) && defined(__SSE2__)
    if (n >= 16) {
        // Sixteen bytes a step, stored before they are checked (the room covers them); then the last sixteen,
        // overlapping what was copied (the same bytes again) and checked past it only.
        size_t i = 0;
        for (; i + 16 <= n; i += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
            _mm_storeu_si128((__m128i *)(o + i), v);
            unsigned m = cancu_json_bad16(v);
            if (m) return (size_t)(cancu_json_escaped(s, n, i + (size_t)__builtin_ctz(m), o + i + (size_t)__builtin_ctz(m)) - q);
        }
        if (i < n) {
            __m128i v = _mm_loadu_si128((const __m128i *)(s + n - 16));
            _mm_storeu_si128((__m128i *)(o + n - 16), v);
            unsigned m = cancu_json_bad16(v) >> (16 - (n - i));
            if (m) return (size_t)(cancu_json_escaped(s, n, i + (size_t)__builtin_ctz(m), o + i + (size_t)__builtin_ctz(m)) - q);
        }
        o[n] = 0x22;
        return n + 2;
    }
    if (n >= 8) {
        uint64_t a, b;
        __builtin_memcpy(&a, s, 8);
        __builtin_memcpy(&b, s + n - 8, 8);
        if (cancu_json_bad16(_mm_set_epi64x((long long)b, (long long)a))) return (size_t)(cancu_json_escaped(s, n, 0, o) - q);
        __builtin_memcpy(o, &a, 8);
        __builtin_memcpy(o + n - 8, &b, 8);
    } else if (n >= 4) {
        uint32_t a, b;
        __builtin_memcpy(&a, s, 4);
        __builtin_memcpy(&b, s + n - 4, 4);
        if (cancu_json_bad16(_mm_cvtsi64_si128((long long)((uint64_t)a | (uint64_t)b << 32)))) return (size_t)(cancu_json_escaped(s, n, 0, o) - q);
        __builtin_memcpy(o, &a, 4);
        __builtin_memcpy(o + n - 4, &b, 4);
    } else if (n > 0) {
        // The first, middle and last bytes cover one to three (the zeros above them count as controls: masked off).
        uint8_t a = s[0], b = s[n >> 1], c = s[n - 1];
        if (cancu_json_bad16(_mm_cvtsi32_si128((int)((uint32_t)a | (uint32_t)b << 8 | (uint32_t)c << 16))) & 7)
            return (size_t)(cancu_json_escaped(s, n, 0, o) - q);
        o[0] = a; o[n >> 1] = b; o[n - 1] = c;
    }
    o[n] = 0x22;
    return n + 2;
#else
    return (size_t)(cancu_json_escaped(s, n, 0, o) - q);
#endif
}

#endif
