#include "cutf8scan.h"

// Flags as in CleanUTF8.Flag.
enum { NON_ASCII = 1, BEYOND_1252 = 2, DEBRIS = 4, REWRITE = 8, COMBINING = 16, INVALID = 0x80 };
// A 2-byte character with one of these is left to the Swift scan.
#define RARE (INVALID | DEBRIS | REWRITE | COMBINING)

#if defined(__x86_64__) && defined(__SSE2__)
#include <immintrin.h>

/// The scanner's state while it runs: the current line's flags and start.
typedef struct {
    uint8_t flags;
    size_t line_start;
} Line;

/// Settles one block of `w` bytes at `p + i` given the masks of its bytes (bit k: byte k): how many
/// bytes of it the scan passes (a character boundary), the line ends in them done. Sets `*stop` when
/// the scan must stop there (a byte that is not plain, or an LF the caller must see).
static inline __attribute__((always_inline))
unsigned settle(uint64_t high, uint64_t cont, uint64_t lead2, uint64_t lead3, uint64_t ctrl, uint64_t lf,
                uint64_t rare2, uint64_t beyond, unsigned w, size_t at, Line *line, int *stop) {
    uint64_t lead = lead2 | lead3;
    // Not plain: controls other than LF, high bytes that are neither a known lead nor a continuation,
    // continuations where none is due and missing ones, rare 2-byte characters, the bytes past the block.
    uint64_t bad = (ctrl & ~lf) | (high & ~cont & ~lead) | (cont ^ ((lead << 1) | (lead3 << 2))) | rare2 | ~((1ull << w) - 1);
    unsigned first = (unsigned)__builtin_ctzll(bad), cut = first;
    // A character that the first bad byte cuts short (its continuations are missing, or past the block) stays out.
    if (cut >= 1 && ((lead >> (cut - 1)) & 1)) cut -= 1;
    else if (cut >= 2 && ((lead3 >> (cut - 2)) & 1)) cut -= 2;
    uint64_t keep = (1ull << cut) - 1;
    uint64_t lfs = lf & keep, done = 0;
    uint8_t f = line->flags;
    while (lfs) {
        unsigned k = (unsigned)__builtin_ctzll(lfs);
        uint64_t seg = ((1ull << k) - 1) & ~done;
        if (high & seg) f |= NON_ASCII;
        if (beyond & seg) f |= BEYOND_1252;
        // Debris (seen by the caller), or non-ASCII text that Windows-1252 has throughout: the caller notes the line.
        if ((f & DEBRIS) || (f & (NON_ASCII | BEYOND_1252)) == NON_ASCII) { line->flags = f; *stop = 1; return k; }
        f = 0;
        line->line_start = at + k + 1;
        done = (1ull << (k + 1)) - 1;
        lfs &= lfs - 1;
    }
    uint64_t seg = keep & ~done;
    if (high & seg) f |= NON_ASCII;
    if (beyond & seg) f |= BEYOND_1252;
    line->flags = f;
    // A character cut short only by the block's end is passed in the next block.
    *stop = first < w;
    return cut;
}

/// The bytes of a block (bit k: byte k) that are not plain: controls other than LF, high bytes that
/// are neither a known lead nor a continuation, continuations where none is due and missing ones
/// (but not those past the block), rare 2-byte characters. Without these and LF the block's text
/// is plain (high bytes present).
static inline __attribute__((always_inline))
uint32_t plain_bad(uint32_t high, uint32_t cont, uint32_t lead, uint32_t lead3, uint32_t ctrl, uint32_t lf, uint32_t rare2) {
    return (ctrl & ~lf) | (high & ~cont & ~lead) | (cont ^ ((lead << 1) | (lead3 << 2))) | rare2;
}

/// The rare and the beyond-Windows-1252 2-byte characters among the leads `l`, by the `two` table.
static inline __attribute__((always_inline))
void two_by_table(const uint8_t *q, uint64_t l, const uint8_t *two, uint64_t *rare2, uint64_t *beyond) {
    for (; l; l &= l - 1) {
        unsigned k = (unsigned)__builtin_ctzll(l);
        uint8_t t = two[((q[k] & 0x1F) << 6) | (q[k + 1] & 0x3F)];
        if (t & RARE) *rare2 |= 1ull << k;
        if (t & BEYOND_1252) *beyond |= 1ull << k;
    }
}

/// 16-byte blocks; every 2-byte character is looked up in `two`.
static size_t scan_sse2(const uint8_t *p, size_t i, size_t n, const uint8_t *two, Line *out, size_t base, int *stop) {
    Line local = *out, *line = &local;
    const __m128i c0 = _mm_set1_epi8((char)0xC0), e0 = _mm_set1_epi8((char)0xE0), e1 = _mm_set1_epi8((char)0xE1);
    const __m128i space = _mm_set1_epi8(0x20), nl = _mm_set1_epi8(0x0A);
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
        unsigned high = (unsigned)_mm_movemask_epi8(v);
        // Signed compare: bytes below 0x20 and bytes from 0x80 up; only the former are controls.
        unsigned ctrl = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, space)) & ~high;
        if ((high | ctrl) == 0) { i += 16; continue; }
        unsigned lf = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, nl));
        unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, c0));   // signed: 80–BF
        unsigned lead2 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, e0), c0));
        unsigned lead3 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, e1));
        uint64_t rare2 = 0, beyond = lead3;
        // The second byte of a lead at 15 may lie past the readable bytes; that lead is cut anyway.
        two_by_table(p + i, lead2 & 0x7FFF, two, &rare2, &beyond);
        unsigned lead = lead2 | lead3;
        if ((lf | plain_bad(high, cont, lead, lead3, ctrl, lf, (unsigned)rare2)) == 0) {
            line->flags |= NON_ASCII | (beyond ? BEYOND_1252 : 0);
            i += 16 - ((lead >> 15) & 1) - 2 * ((lead3 >> 14) & 1);
            continue;
        }
        unsigned cut = settle(high, cont, lead2, lead3, ctrl, lf, rare2, beyond, 16, base + i, line, stop);
        i += cut;
        if (*stop) break;
    }
    *out = local;
    return i;
}

/// The AVX2 loop's constants, one 32-byte row each.
enum { K_SPACE, K_BF, K_DF, K_E1, K_LOW4, K_THREE, K_C3, K_C4, K_C6, K_92, K_LF, K_BITS, K_ROWS };
#define ROW(b) { b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b }
static const uint8_t avx2_constants[K_ROWS][32] __attribute__((aligned(32))) = {
    ROW(0x20), ROW(0xBF), ROW(0xDF), ROW(0xE1), ROW(0x0F), ROW(0x03), ROW(0xC3), ROW(0xC4), ROW(0xC6), ROW(0x92), ROW(0x0A),
    { 1, 2, 4, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
};
#undef ROW

/// 32-byte blocks. The commonest leads are classified by their second byte: C3 by a nibble lookup
/// in `lanes` (bit `(c >> 4) & 3` of entry `c & 15`), C4 all common, C6 all but ƒ (C6 92), as the
/// `two` table has them (CleanUTF8 tests pin this). Any other 2-byte character is left to the
/// caller, like everything else that is not plain: in Vietnamese text they are rare, and a loop
/// without calls keeps its values in registers.
__attribute__((target("avx2,bmi")))
static size_t scan_avx2(const uint8_t *p, size_t i, size_t n, const uint8_t *lanes, Line *out, size_t base, int *stop) {
    uint8_t f = out->flags;
    size_t line_start = out->line_start;
    int stopped = 0;
    // The constants are read from memory as operands: with them as immediates the compiler runs out
    // of registers and broadcasts most of them again in every iteration.
    const __m256i *k = (const __m256i *)avx2_constants;
    __asm__("" : "+r"(k));
#define K(row) _mm256_load_si256(k + (row))
    const __m256i c3tab = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)lanes));
    while (i + 33 <= n) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(p + i));
        uint32_t high = (uint32_t)_mm256_movemask_epi8(v);
        // Signed compares: bytes below 0x20 and bytes from 0x80 up; only the former are controls.
        uint32_t ctrl = (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(K(K_SPACE), v)) & ~high;
        if ((high | ctrl) == 0) { i += 32; continue; }
        // Lead bytes (C0–FF), and those of 3 and 4 bytes (E0–FF): signed compares, so ASCII is in both.
        uint32_t leads = (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(v, K(K_BF))) & high;
        uint32_t leads3 = (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(v, K(K_DF))) & high;
        uint32_t cont = high & ~leads, lead2 = leads & ~leads3;
        uint32_t lead3 = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, K(K_E1)));
        // The byte after each byte: the second byte of a lead there.
        __m256i s = _mm256_loadu_si256((const __m256i *)(p + i + 1));
        __m256i t = _mm256_shuffle_epi8(c3tab, _mm256_and_si256(s, K(K_LOW4)));
        __m256i bit = _mm256_shuffle_epi8(K(K_BITS), _mm256_and_si256(_mm256_srli_epi16(s, 4), K(K_THREE)));
        __m256i c3ok = _mm256_and_si256(_mm256_cmpeq_epi8(v, K(K_C3)), _mm256_cmpeq_epi8(_mm256_and_si256(t, bit), bit));
        __m256i c6ok = _mm256_andnot_si256(_mm256_cmpeq_epi8(s, K(K_92)), _mm256_cmpeq_epi8(v, K(K_C6)));
        __m256i beyondv = _mm256_or_si256(_mm256_cmpeq_epi8(v, K(K_C4)), c6ok);
        uint32_t common = (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(c3ok, beyondv));
        uint32_t beyond = lead3 | (uint32_t)_mm256_movemask_epi8(beyondv);
        uint32_t lead = lead2 | lead3;
        // Not plain: leads of 3 and 4 bytes but E1, continuations where none is due and missing ones
        // (but not those past the block), 2-byte characters other than the common letters.
        uint32_t odd = (leads3 & ~lead3) | (cont ^ ((lead << 1) | (lead3 << 2))) | (lead2 & ~common);
        // A character that the block's end cuts short is passed in the next block; its flags, counted
        // here already, are the same line's.
        unsigned cut = 32 - ((lead >> 31) & 1) - 2 * ((lead3 >> 30) & 1);
        if ((ctrl | odd) == 0) {
            // One line's plain text throughout.
            f |= NON_ASCII | (beyond ? BEYOND_1252 : 0);
            i += cut;
            continue;
        }
        uint32_t lf = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, K(K_LF)));
        uint32_t bad = odd | (ctrl & ~lf);
        if (bad) {
            // Up to the first byte that is not plain, less a character that it cuts short.
            unsigned first = (unsigned)__builtin_ctz(bad);
            cut = first;
            if (first >= 1 && ((lead >> (first - 1)) & 1)) cut = first - 1;
            else if (first >= 2 && ((lead3 >> (first - 2)) & 1)) cut = first - 2;
            uint32_t keep = (1u << cut) - 1;   // cut < 32
            high &= keep; beyond &= keep; lf &= keep;
            stopped = 1;
        }
        // Each line's flags up to its LF; the rest for the next line.
        for (; lf; lf &= lf - 1) {
            unsigned at = (unsigned)__builtin_ctz(lf);
            uint32_t below = (1u << at) - 1;
            if (high & below) f |= NON_ASCII;
            if (beyond & below) f |= BEYOND_1252;
            // Debris (seen by the caller), or non-ASCII text that Windows-1252 has throughout: the caller notes the line.
            if ((f & DEBRIS) || (f & (NON_ASCII | BEYOND_1252)) == NON_ASCII) { cut = at; stopped = 1; high = beyond = 0; break; }
            f = 0;
            line_start = base + i + at + 1;
            high &= ~below; beyond &= ~below;
        }
        f |= (high ? NON_ASCII : 0) | (beyond ? BEYOND_1252 : 0);
        i += cut;
        if (stopped) break;
    }
#undef K
    out->flags = f;
    out->line_start = line_start;
    *stop = stopped;
    return i;
}

int cancu_utf8_best_level(void) {
    return __builtin_cpu_supports("avx2") ? 2 : 1;
}

size_t cancu_utf8_plain_blocks(const uint8_t *p, size_t n, const uint8_t *two, const uint8_t *lanes,
                               uint8_t *flags, size_t *line_start, size_t base, int level) {
    Line line = { *flags, *line_start };
    int stop = 0;
    size_t i = 0;
    if (level >= 2 && __builtin_cpu_supports("avx2")) i = scan_avx2(p, i, n, lanes, &line, base, &stop);
    if (!stop && level >= 1) i = scan_sse2(p, i, n, two, &line, base, &stop);
    *flags = line.flags;
    *line_start = line.line_start;
    return i;
}

#else

// Without SSE2 the Swift scan does everything.
int cancu_utf8_best_level(void) { return 0; }

size_t cancu_utf8_plain_blocks(const uint8_t *p, size_t n, const uint8_t *two, const uint8_t *lanes,
                               uint8_t *flags, size_t *line_start, size_t base, int level) {
    (void)p; (void)n; (void)two; (void)lanes; (void)flags; (void)line_start; (void)base; (void)level;
    return 0;
}

#endif

/// Continuations in `p[i..<n]`, eight bytes at a time.
static size_t continuations_scalar(const uint8_t *p, size_t i, size_t n) {
    size_t c = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        __builtin_memcpy(&w, p + i, 8);
        c += (size_t)__builtin_popcountll(w & ~(w << 1) & 0x8080808080808080ull);
    }
    for (; i < n; i++) c += (p[i] & 0xC0) == 0x80;
    return c;
}

/// Whether `p[k]` (of `n` bytes) may start a rewrite or a combining mark (see cancu_utf8_next_rewrite).
static inline int rewrite_start(const uint8_t *p, size_t k, size_t n) {
    switch (p[k]) {
    case 0x0D: case 0x1E: case 0x1F: case 0xC2: case 0xCC: case 0xCD: case 0xE2: case 0xEF: return 1;
    case 0xC3: return k + 1 >= n || (p[k + 1] & 0xDF) == 0x90;
    default: return 0;
    }
}

static size_t next_rewrite_scalar(const uint8_t *p, size_t i, size_t n) {
    // Printable ASCII eight bytes at a time (the lowest flagged byte is exact: borrows move upwards).
    while (i + 8 <= n) {
        uint64_t w;
        __builtin_memcpy(&w, p + i, 8);
        uint64_t m = (w | ((w - 0x2020202020202020ull) & ~w)) & 0x8080808080808080ull;
        if (!m) { i += 8; continue; }
        i += (size_t)__builtin_ctzll(m) >> 3;
        if (rewrite_start(p, i, n)) return i;
        i++;
    }
    for (; i < n; i++) if (rewrite_start(p, i, n)) return i;
    return n;
}

/// The first digit in `p[i..<n]`, eight bytes at a time (the lowest flagged byte is exact).
static size_t next_digit_scalar(const uint8_t *p, size_t i, size_t n) {
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        __builtin_memcpy(&w, p + i, 8);
        uint64_t x = w ^ 0x3030303030303030ull;
        uint64_t m = (x - 0x0A0A0A0A0A0A0A0Aull) & ~x & 0x8080808080808080ull;
        if (m) return i + ((size_t)__builtin_ctzll(m) >> 3);
    }
    for (; i < n; i++) if (p[i] >= 0x30 && p[i] <= 0x39) return i;
    return n;
}

/// Whether `q` is a candidate of `cancu_next_named_candidate` (`q` at least 1, below `n`).
static inline int named_candidate(const uint8_t *p, size_t q, size_t n) {
    if (p[q - 1] == 0x4E && p[q] == 0x67) return 1;
    return q + 3 < n && p[q] == 0x75 && p[q + 1] == 0xE1 && p[q + 2] == 0xBA && p[q + 3] == 0xAD;
}

static size_t next_named_candidate_scalar(const uint8_t *p, size_t q, size_t n) {
    for (; q < n; q++) if (named_candidate(p, q, n)) return q;
    return n;
}

#if defined(__x86_64__) && defined(__SSE2__)

/// `cancu_next_named_candidate`, 64 positions a step: a filter first (an `N` before a position or the last
/// byte of `ậ` three after it), then the exact test of a block it flags. (A tighter filter, `Ng` or `u…ậ`,
/// flags a quarter as many blocks but costs as much in all.)
__attribute__((target("avx2,bmi")))
static size_t next_named_candidate_avx2(const uint8_t *p, size_t q, size_t n) {
    const __m256i bigN = _mm256_set1_epi8(0x4E), g = _mm256_set1_epi8(0x67), u = _mm256_set1_epi8(0x75);
    const __m256i e1 = _mm256_set1_epi8((char)0xE1), ba = _mm256_set1_epi8((char)0xBA), ad = _mm256_set1_epi8((char)0xAD);
#define IS(k, c) _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(p + (k))), c)
    // The candidates among the 32 positions from `k`, given the filter's masks there (`nb`: `N` before,
    // `ad`: `AD` three after).
#define EXACT(k, nb, ada) ((uint32_t)_mm256_movemask_epi8(_mm256_or_si256(_mm256_and_si256(nb, IS(k, g)), \
        _mm256_and_si256(_mm256_and_si256(ada, IS(k, u)), _mm256_and_si256(IS((k) + 1, e1), IS((k) + 2, ba))))))
    // Bytes `q - 1 ..< q + 67` are read.
    for (; q + 67 <= n; q += 64) {
        __m256i n0 = IS(q - 1, bigN), a0 = IS(q + 3, ad), n1 = IS(q + 31, bigN), a1 = IS(q + 35, ad);
        __m256i any = _mm256_or_si256(_mm256_or_si256(n0, a0), _mm256_or_si256(n1, a1));
        if (_mm256_testz_si256(any, any)) continue;
        uint32_t m = EXACT(q, n0, a0);
        if (m) return q + (size_t)__builtin_ctz(m);
        m = EXACT(q + 32, n1, a1);
        if (m) return q + 32 + (size_t)__builtin_ctz(m);
    }
#undef EXACT
#undef IS
    return next_named_candidate_scalar(p, q, n);
}

/// The first digit in `p[0..<n]`, 64 bytes a step: most of a text holds no digit (one every 80 bytes or so).
/// `0`–`9` are moved to the lowest signed bytes (-128…-119) for one signed compare each.
__attribute__((target("avx2,bmi")))
static size_t next_digit_avx2(const uint8_t *p, size_t n) {
    const __m256i shift = _mm256_set1_epi8(0x50), bound = _mm256_set1_epi8(-118);
#define DIGITS(k) _mm256_cmpgt_epi8(bound, _mm256_add_epi8(_mm256_loadu_si256((const __m256i *)(p + (k))), shift))
    size_t i = 0;
    for (; i + 64 <= n; i += 64) {
        __m256i a = DIGITS(i), b = DIGITS(i + 32), any = _mm256_or_si256(a, b);
        if (_mm256_testz_si256(any, any)) continue;
        uint32_t m = (uint32_t)_mm256_movemask_epi8(a);
        if (m) return i + (size_t)__builtin_ctz(m);
        return i + 32 + (size_t)__builtin_ctz((uint32_t)_mm256_movemask_epi8(b));
    }
    if (i + 32 <= n) {
        uint32_t m = (uint32_t)_mm256_movemask_epi8(DIGITS(i));
        if (m) return i + (size_t)__builtin_ctz(m);
        i += 32;
    }
    // The last bytes: the final 32 of the text, those not tested yet.
    if (i < n && n >= 32) {
        uint32_t m = (uint32_t)_mm256_movemask_epi8(DIGITS(n - 32)) >> (32 - (n - i));
        return m ? i + (size_t)__builtin_ctz(m) : n;
    }
#undef DIGITS
    return next_digit_scalar(p, i, n);
}

__attribute__((target("avx2,popcnt")))
static size_t continuations_avx2(const uint8_t *p, size_t n) {
    const __m256i c0 = _mm256_set1_epi8((char)0xC0), zero = _mm256_setzero_si256();
    size_t i = 0, c = 0;
    if (n < 32) return continuations_scalar(p, 0, n);
#define CONT(k) _mm256_cmpgt_epi8(c0, _mm256_loadu_si256((const __m256i *)(p + i + 32 * (k))))   // signed: 80–BF are -1
    __m256i total = zero;
    while (i + 128 <= n) {
        // Per-byte counters, four blocks a round, summed before they can overflow (63 rounds: 252).
        __m256i acc = zero;
        for (unsigned r = 0; r < 63 && i + 128 <= n; r++, i += 128)
            acc = _mm256_sub_epi8(_mm256_sub_epi8(acc, _mm256_add_epi8(CONT(0), CONT(1))), _mm256_add_epi8(CONT(2), CONT(3)));
        total = _mm256_add_epi64(total, _mm256_sad_epu8(acc, zero));
    }
    __m128i t = _mm_add_epi64(_mm256_castsi256_si128(total), _mm256_extracti128_si256(total, 1));
    c = (size_t)(_mm_cvtsi128_si64(t) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(t, t)));
    for (; i + 32 <= n; i += 32) c += (size_t)__builtin_popcount((uint32_t)_mm256_movemask_epi8(CONT(0)));
#undef CONT
    // The last bytes: the final 32 of the text, those not counted yet.
    if (i < n) {
        uint32_t m = (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(c0, _mm256_loadu_si256((const __m256i *)(p + n - 32))));
        c += (size_t)__builtin_popcount(m >> (32 - (n - i)));
    }
    return c;
}

__attribute__((target("avx2")))
static size_t next_rewrite_avx2(const uint8_t *p, size_t n) {
    // Nibble classes: the low-nibble entry and the high-nibble entry share a bit for each byte of
    // 0D 1E 1F C2 CC CD E2 EF (bits: 0x 1, 1x 2, Cx 4, Ex 8).
    const __m256i lo_tab = _mm256_setr_epi8(0, 0, 4 | 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 1 | 4, 2, 2 | 8,
                                            0, 0, 4 | 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 1 | 4, 2, 2 | 8);
    const __m256i hi_tab = _mm256_setr_epi8(1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 8, 0,
                                            1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 8, 0);
    const __m256i low4 = _mm256_set1_epi8(0x0F), c3 = _mm256_set1_epi8((char)0xC3);
    const __m256i df = _mm256_set1_epi8((char)0xDF), x90 = _mm256_set1_epi8((char)0x90), zero = _mm256_setzero_si256();
    size_t i = 0;
    while (i + 33 <= n) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(p + i));
        __m256i s = _mm256_loadu_si256((const __m256i *)(p + i + 1));
        __m256i lo = _mm256_shuffle_epi8(lo_tab, _mm256_and_si256(v, low4));
        __m256i hi = _mm256_shuffle_epi8(hi_tab, _mm256_and_si256(_mm256_srli_epi16(v, 4), low4));
        __m256i hit = _mm256_cmpeq_epi8(_mm256_and_si256(lo, hi), zero);          // 0xFF: no class
        __m256i eth = _mm256_and_si256(_mm256_cmpeq_epi8(v, c3), _mm256_cmpeq_epi8(_mm256_and_si256(s, df), x90));
        uint32_t m = ~(uint32_t)_mm256_movemask_epi8(hit) | (uint32_t)_mm256_movemask_epi8(eth);
        if (m) return i + (size_t)__builtin_ctz(m);
        i += 32;
    }
    return next_rewrite_scalar(p, i, n);
}

/// SSE2: per-byte counters over 16-byte blocks, as in the AVX2 version.
static size_t continuations_sse2(const uint8_t *p, size_t n) {
    const __m128i c0 = _mm_set1_epi8((char)0xC0), zero = _mm_setzero_si128();
    __m128i total = zero;
    size_t i = 0;
    while (i + 16 <= n) {
        __m128i acc = zero;
        for (unsigned r = 0; r < 255 && i + 16 <= n; r++, i += 16)
            acc = _mm_sub_epi8(acc, _mm_cmplt_epi8(_mm_loadu_si128((const __m128i *)(p + i)), c0));   // signed: 80–BF are -1
        total = _mm_add_epi64(total, _mm_sad_epu8(acc, zero));
    }
    size_t c = (size_t)(_mm_cvtsi128_si64(total) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(total, total)));
    return c + continuations_scalar(p, i, n);
}

size_t cancu_utf8_continuations_at(const uint8_t *p, size_t n, int level) {
    if (level >= 2 && __builtin_cpu_supports("avx2")) return continuations_avx2(p, n);
    if (level >= 1) return continuations_sse2(p, n);
    return continuations_scalar(p, 0, n);
}

size_t cancu_utf8_next_rewrite_at(const uint8_t *p, size_t n, int level) {
    if (level >= 2 && n >= 33 && __builtin_cpu_supports("avx2")) return next_rewrite_avx2(p, n);
    return next_rewrite_scalar(p, 0, n);
}

size_t cancu_next_digit_at(const uint8_t *p, size_t n, int level) {
    if (level >= 2 && __builtin_cpu_supports("avx2")) return next_digit_avx2(p, n);
    return next_digit_scalar(p, 0, n);
}

size_t cancu_next_named_candidate_at(const uint8_t *p, size_t from, size_t n, int level) {
    if (from == 0) from = 1;
    if (level >= 2 && __builtin_cpu_supports("avx2")) return next_named_candidate_avx2(p, from, n);
    return next_named_candidate_scalar(p, from, n);
}

#else

size_t cancu_utf8_continuations_at(const uint8_t *p, size_t n, int level) { (void)level; return continuations_scalar(p, 0, n); }
size_t cancu_utf8_next_rewrite_at(const uint8_t *p, size_t n, int level) { (void)level; return next_rewrite_scalar(p, 0, n); }
size_t cancu_next_digit_at(const uint8_t *p, size_t n, int level) { (void)level; return next_digit_scalar(p, 0, n); }
size_t cancu_next_named_candidate_at(const uint8_t *p, size_t from, size_t n, int level) {
    (void)level;
    return next_named_candidate_scalar(p, from == 0 ? 1 : from, n);
}

#endif

size_t cancu_utf8_continuations(const uint8_t *p, size_t n) { return cancu_utf8_continuations_at(p, n, 2); }
size_t cancu_utf8_next_rewrite(const uint8_t *p, size_t n) { return cancu_utf8_next_rewrite_at(p, n, 2); }
size_t cancu_next_digit(const uint8_t *p, size_t n) { return cancu_next_digit_at(p, n, 2); }
size_t cancu_next_named_candidate(const uint8_t *p, size_t from, size_t n) { return cancu_next_named_candidate_at(p, from, n, 2); }
