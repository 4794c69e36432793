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

// The AVX2 scan judges each byte by nibble lookups (`vpshufb`): `pair` by the high and low nibbles of
// the byte before it and of itself (a bit is set in all four entries when the pair is not plain),
// `single` by its own two nibbles. Pair bits: a lead (C0–FF) not followed by a continuation; C3
// followed by a second byte that is not a common letter, one bit for each high nibble 8 9 A B (the
// low nibbles come from `lanes`); ƒ (C6 92); a continuation after anything but a lead (flipped where
// the byte two back is E1: the third byte of ạ … ỹ).
enum { P_LONE = 0x01, P_C3 = 0x1E, P_F = 0x20, P_CONT = 0x80 };
// Single bits: leads but C3 C4 C6 E1 (C0–CF, D0–DF and F0–FF, E0–EF), controls but LF (00–0F, 10–1F).
enum { S_C = 0x01, S_DF = 0x02, S_E = 0x04, S_0 = 0x08, S_1 = 0x10 };

#define LANE16(F) F(0), F(1), F(2), F(3), F(4), F(5), F(6), F(7), F(8), F(9), F(10), F(11), F(12), F(13), F(14), F(15)
#define TABLE(F) { LANE16(F), LANE16(F) }
#define PREV_HIGH(h) ((h >= 12 ? P_LONE : 0) | (h == 12 ? P_C3 | P_F : 0) | (h <= 11 ? P_CONT : 0))
#define PREV_LOW(l) (P_LONE | P_CONT | (l == 3 ? P_C3 : 0) | (l == 6 ? P_F : 0))
#define HIGH(h) ((h < 8 || h > 11 ? P_LONE : 0) | (h >= 8 && h <= 11 ? (0x02 << ((h - 8) & 3)) | P_CONT : 0) | (h == 9 ? P_F : 0))
#define LOW_BASE(l) (P_LONE | P_CONT | (l == 2 ? P_F : 0))
#define SINGLE_HIGH(h) ((h == 12 ? S_C : 0) | (h == 13 || h == 15 ? S_DF : 0) | (h == 14 ? S_E : 0) | (h == 0 ? S_0 : 0) | (h == 1 ? S_1 : 0))
#define SINGLE_LOW(l) ((l != 3 && l != 4 && l != 6 ? S_C : 0) | S_DF | (l != 1 ? S_E : 0) | (l != 10 ? S_0 : 0) | S_1)
#define ROW(b) { b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b }

/// The AVX2 loop's constants, one 32-byte row each.
enum { K_PREV_HIGH, K_PREV_LOW, K_HIGH, K_LOW_BASE, K_SINGLE_HIGH, K_SINGLE_LOW, K_LOW4, K_E1, K_CONT, K_LF, K_C4, K_ROWS };
static const uint8_t avx2_constants[K_ROWS][32] __attribute__((aligned(32))) = {
    TABLE(PREV_HIGH), TABLE(PREV_LOW), TABLE(HIGH), TABLE(LOW_BASE), TABLE(SINGLE_HIGH), TABLE(SINGLE_LOW),
    ROW(0x0F), ROW(0xE1), ROW(P_CONT), ROW(0x0A), ROW(0xC4),
};
#undef ROW
#undef SINGLE_LOW
#undef SINGLE_HIGH
#undef LOW_BASE
#undef HIGH
#undef PREV_LOW
#undef PREV_HIGH
#undef TABLE
#undef LANE16

/// 32-byte blocks. Plain here: printable ASCII, LF, C3 letters that `lanes` marks common (bit
/// `(c >> 4) & 3` of entry `c & 15`), C4 all, C6 all but ƒ (C6 92), E1 xx xx, as the `two` table has
/// them (CleanUTF8 tests pin this). Any other character is left to the caller, like everything else
/// that is not plain: in Vietnamese text they are rare.
///
/// Nearly every block of Vietnamese text holds non-ASCII letters, and every third an LF, so both
/// stay on the main path. Each byte is judged with the byte before it (and E1 two back) by table
/// lookups, so a character may cross from one block into the next; the line ends of a block are
/// settled together with carry chains rather than one by one. The first block has no bytes before
/// it (the call starts at a character), later blocks read the two before them.
__attribute__((target("avx2,bmi,lzcnt")))
static size_t scan_avx2(const uint8_t *p, size_t i, size_t n, const uint8_t *lanes, Line *out, size_t base, int *stop) {
    uint32_t f = out->flags;
    size_t line_start = out->line_start;
    int stopped = 0;
    // The constants are read from memory as operands: with them as immediates the compiler runs out
    // of registers and broadcasts most of them again in every iteration.
    const __m256i *k = (const __m256i *)avx2_constants;
    __asm__("" : "+r"(k));
#define K(row) _mm256_load_si256(k + (row))
    const __m256i low4 = K(K_LOW4);
    // The low-nibble table of the second byte: the C3 bits of the high nibbles whose letter with this
    // low nibble is not common (bit h - 8 of `lanes` clear), shifted to P_C3.
    const __m256i lanes2 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)lanes));
    const __m256i low_tab = _mm256_or_si256(K(K_LOW_BASE), _mm256_slli_epi16(_mm256_andnot_si256(lanes2, low4), 1));
    const __m256i prev_high = K(K_PREV_HIGH), prev_low = K(K_PREV_LOW), high_tab = K(K_HIGH);
    const __m256i single_high = K(K_SINGLE_HIGH), single_low = K(K_SINGLE_LOW);
    size_t from = i;
    if (i + 32 > n) goto done;
    __m256i v = _mm256_loadu_si256((const __m256i *)(p + i));
    // The first block: zeros before it (no character continues into it).
    __m256i before = _mm256_permute2x128_si256(v, v, 0x08);
    __m256i p1 = _mm256_alignr_epi8(v, before, 15), p2 = _mm256_alignr_epi8(v, before, 14);
    for (;;) {
        // Single constants are read as memory operands, the tables stay in registers.
        const __m256i *m = k;
        __asm__ volatile("" : "+r"(m));
        __m256i hv = _mm256_and_si256(_mm256_srli_epi16(v, 4), low4), lv = _mm256_and_si256(v, low4);
        __m256i hp = _mm256_and_si256(_mm256_srli_epi16(p1, 4), low4), lp = _mm256_and_si256(p1, low4);
        __m256i pair = _mm256_and_si256(_mm256_and_si256(_mm256_shuffle_epi8(prev_high, hp), _mm256_shuffle_epi8(prev_low, lp)),
                                        _mm256_and_si256(_mm256_shuffle_epi8(high_tab, hv), _mm256_shuffle_epi8(low_tab, lv)));
        pair = _mm256_xor_si256(pair, _mm256_and_si256(_mm256_cmpeq_epi8(p2, _mm256_load_si256(m + K_E1)), _mm256_load_si256(m + K_CONT)));
        __m256i err = _mm256_or_si256(pair, _mm256_and_si256(_mm256_shuffle_epi8(single_high, hv), _mm256_shuffle_epi8(single_low, lv)));
        __m256i lfv = _mm256_cmpeq_epi8(v, _mm256_load_si256(m + K_LF));
        __m256i c4 = _mm256_load_si256(m + K_C4);
        __m256i any = _mm256_or_si256(err, lfv);
        if (!_mm256_testz_si256(any, any)) goto settle;
        if ((f & (NON_ASCII | BEYOND_1252)) != (NON_ASCII | BEYOND_1252)) {
            // Non-ASCII text counts at the lead; text beyond Windows-1252 at the byte after the lead
            // (C4, C6, E1: those from C4 up), once that byte has passed (ƒ is C6 92).
            f |= (_mm256_movemask_epi8(v) ? NON_ASCII : 0)
               | (_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_max_epu8(p1, c4), p1)) ? BEYOND_1252 : 0);
        }
        i += 32;
    next:
        if (i + 32 > n) break;
        v = _mm256_loadu_si256((const __m256i *)(p + i));
        p1 = _mm256_loadu_si256((const __m256i *)(p + i - 1));
        p2 = _mm256_loadu_si256((const __m256i *)(p + i - 2));
        continue;
    settle: {
        // A byte that is not plain or an LF.
        uint32_t lf = (uint32_t)_mm256_movemask_epi8(lfv);
        if ((f & (NON_ASCII | BEYOND_1252 | DEBRIS)) == (NON_ASCII | BEYOND_1252) && (lf & (lf - 1)) == 0 && _mm256_testz_si256(err, err)) {
            // The commonest case: one LF, ending a line with text beyond Windows-1252 and no debris; the next line's flags.
            unsigned last = (unsigned)__builtin_ctz(lf);
            line_start = base + i + last + 1;
            uint32_t after = ~((2u << last) - 1);   // 0 for an LF at 31
            f = (((uint32_t)_mm256_movemask_epi8(v) & after) ? NON_ASCII : 0)
              | (((uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_max_epu8(p1, c4), p1)) & after) ? BEYOND_1252 : 0);
            i += 32;
            goto next;
        }
        size_t to = i + 32;
        uint32_t keep = ~0u;
        if (!_mm256_testz_si256(err, err)) {
            // Up to the first byte that is not plain, less a character that it cuts short (which may
            // have begun in the block before).
            uint32_t bad = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(err, _mm256_setzero_si256()));
            size_t at = i + (unsigned)__builtin_ctz(bad);
            if (at >= from + 1 && p[at - 1] >= 0xC0) at -= 1;
            else if (at >= from + 2 && p[at - 2] >= 0xE0) at -= 2;
            keep = at > i ? (1u << (at - i)) - 1 : 0;   // at - i < 32
            lf &= keep;
            to = at;
            stopped = 1;
        }
        uint32_t high = (uint32_t)_mm256_movemask_epi8(v) & keep;
        uint32_t beyond = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_max_epu8(p1, c4), p1)) & keep;
        if (lf) {
            // Each line that ends here: the first byte from its start (after an LF, or the block's
            // start for a line begun before) that is beyond Windows-1252 or an LF, by a carry chain
            // through the bytes that are neither; where that byte is the LF, the line has nothing
            // beyond Windows-1252. Likewise for non-ASCII bytes. The line begun before starts a
            // chain only when its flags so far lack the one sought.
            uint32_t starts = lf << 1;
            uint32_t nb = ~(beyond | lf), nh = ~(high | lf);
            uint32_t noBeyond = (nb + (starts | ((f & BEYOND_1252) ? 0 : 1))) & lf;
            uint32_t noHigh = (nh + (starts | ((f & NON_ASCII) ? 0 : 1))) & lf;
            // Non-ASCII text that Windows-1252 has throughout, or debris (seen by the caller, only
            // in the line begun before): the caller notes the line.
            uint32_t note = (noBeyond & ~noHigh) | ((f & DEBRIS) ? (lf & -lf) : 0);
            if (__builtin_expect(note != 0, 0)) {
                unsigned at = (unsigned)__builtin_ctz(note);
                uint32_t seg = (1u << at) - 1, prior = lf & seg;
                if (prior) {
                    unsigned last = 31 - (unsigned)__builtin_clz(prior);
                    line_start = base + i + last + 1;
                    seg &= ~((2u << last) - 1);
                    f = 0;
                }
                f |= ((high & seg) ? NON_ASCII : 0) | ((beyond & seg) ? BEYOND_1252 : 0);
                i += at;
                stopped = 1;
                break;
            }
            unsigned last = 31 - (unsigned)__builtin_clz(lf);
            line_start = base + i + last + 1;
            uint32_t after = ~((2u << last) - 1);   // 0 for an LF at 31
            high &= after; beyond &= after;
            f = 0;
        }
        f |= (high ? NON_ASCII : 0) | (beyond ? BEYOND_1252 : 0);
        i = to;
        if (stopped) break;
        goto next;
    }
    }
    // A character that the last block's end cut short is left for the next scanner (its flags, counted
    // here already, are counted again: the same line's).
    if (!stopped && i > from) {
        if (p[i - 1] >= 0xC0) i -= 1;
        else if (p[i - 2] >= 0xE0) i -= 2;
    }
done:
#undef K
    out->flags = (uint8_t)f;
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

/// One byte that JSON requires escaped, at `o`; returns the end of what it wrote.
static inline uint8_t *json_escape(uint8_t b, uint8_t *o) {
    static const char hex[] = "0123456789abcdef";
    o[0] = 0x5C;
    switch (b) {
    case 0x22: o[1] = 0x22; return o + 2;
    case 0x5C: o[1] = 0x5C; return o + 2;
    case 0x0A: o[1] = 0x6E; return o + 2;
    case 0x0D: o[1] = 0x72; return o + 2;
    case 0x09: o[1] = 0x74; return o + 2;
    default:
        o[1] = 0x75; o[2] = 0x30; o[3] = 0x30; o[4] = (uint8_t)hex[b >> 4]; o[5] = (uint8_t)hex[b & 15];
        return o + 6;
    }
}

uint8_t *cancu_json_escaped(const uint8_t *s, size_t n, size_t i, uint8_t *o) {
#if defined(__x86_64__) && defined(__SSE2__)
    // Sixteen bytes a step as in `cancu_json_quoted`, now behind by what the escapes added (the room for
    // six bytes out per byte in still covers each store).
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        _mm_storeu_si128((__m128i *)o, v);
        unsigned m = cancu_json_bad16(v);
        if (!m) { i += 16; o += 16; continue; }
        unsigned k = (unsigned)__builtin_ctz(m);
        o = json_escape(s[i + k], o + k);
        i += k + 1;
    }
#endif
    for (; i < n; i++) {
        uint8_t b = s[i];
        if (b < 0x20 || b == 0x22 || b == 0x5C) o = json_escape(b, o); else *o++ = b;
    }
    *o = 0x22;
    return o + 1;
}
