#ifndef CANCU_CUTF8SCAN_H
#define CANCU_CUTF8SCAN_H

#include <stddef.h>
#include <stdint.h>

/// Scans `p` in blocks of 16 bytes while each block is plain: printable ASCII, valid 2-byte
/// sequences and E1 xx xx (Vietnamese ạ … ỹ), no control character (LF, CR, tab) and no 2-byte
/// character whose `two` flags (CleanUTF8.twoByte) mark it invalid, rewritten or combining.
/// ORs the flags of the characters it passed into `*flags` and returns how many bytes it passed
/// (a character boundary; 0 when the first block is not plain, and always 0 without SSE2).
/// Reads whole blocks only: blocks start at offsets below `n - 15`.
size_t cancu_utf8_plain_blocks(const uint8_t *p, size_t n, const uint8_t *two, uint8_t *flags);

#endif
