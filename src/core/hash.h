/* Hashing used for lookups, ids and model checksums. */
#ifndef ATTACHE_HASH_H
#define ATTACHE_HASH_H

#include <stddef.h>
#include <stdint.h>

/* FNV-1a, 64 bit: short keys (words, names). */
static inline uint64_t at_hash_bytes(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

static inline uint64_t at_hash_mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
	h ^= h >> 31;
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 29;
	return h;
}

/* Word-at-a-time checksum for whole files: fast enough to verify a 20 MB
 * model at load time in a few milliseconds. */
uint64_t at_checksum(const void *p, size_t n);

/* 12 lowercase hex digits of a 64-bit hash, for stable record ids. */
void at_hash_hex12(uint64_t h, char out[13]);

#endif
