#include "core/hash.h"

#include <string.h>

uint64_t at_checksum(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h[4] = {0x243f6a8885a308d3ULL, 0x13198a2e03707344ULL,
			 0xa4093822299f31d0ULL, 0x082efa98ec4e6c89ULL};
	size_t i = 0;
	for (; i + 32 <= n; i += 32) {
		for (int k = 0; k < 4; k++) {
			uint64_t w;
			memcpy(&w, s + i + 8 * k, 8);
			h[k] = (h[k] ^ w) * 0x9e3779b97f4a7c15ULL;
			h[k] ^= h[k] >> 29;
		}
	}
	uint64_t out = (uint64_t)n;
	for (int k = 0; k < 4; k++)
		out = at_hash_mix(out, h[k]);
	return at_hash_mix(out, at_hash_bytes(s + i, n - i));
}

void at_hash_hex12(uint64_t h, char out[13])
{
	static const char hex[] = "0123456789abcdef";
	for (int i = 11; i >= 0; i--) {
		out[i] = hex[h & 15];
		h >>= 4;
	}
	out[12] = '\0';
}
