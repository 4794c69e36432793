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

#endif
