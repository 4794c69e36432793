#ifndef CANCU_CSHA256_H
#define CANCU_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Whether this CPU has the SHA extensions (x86-64 SHA-NI) that cancu_sha256_blocks uses.
int cancu_sha256_hw_available(void);

/// Runs the SHA-256 compression function over `blocks` 64-byte blocks at `data`, updating `state`
/// (the eight working words, host order). Only call it when cancu_sha256_hw_available() says 1.
void cancu_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
