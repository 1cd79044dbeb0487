#include "learn/weights.h"

#include <string.h>

#define HEADER_BYTES 32

int at_weights_view(at_weights *w, const void *data, size_t size)
{
	uint32_t h[5];
	if (size < HEADER_BYTES)
		return -1;
	memcpy(h, data, sizeof h);
	uint32_t nbuckets = h[2];
	if (h[0] != AT_WEIGHTS_MAGIC || h[1] == 0 || h[1] > 65536 || nbuckets == 0)
		return -1;
	if ((size - HEADER_BYTES) / 8 < nbuckets ||
	    (size - HEADER_BYTES - (size_t)nbuckets * 8) / 4 != h[4])
		return -1;
	w->nclasses = h[1];
	w->nbuckets = nbuckets;
	memcpy(&w->scale, &h[3], 4);
	w->buckets = (const uint32_t *)((const char *)data + HEADER_BYTES);
	w->runs = w->buckets + 2 * (size_t)nbuckets;
	w->nruns = h[4];
	/* Every offset and run must lie inside the section: checked once here
	 * so that scoring needs no bounds checks. */
	for (uint32_t i = 0; i < nbuckets; i++) {
		uint32_t off = w->buckets[2 * i + 1];
		if (off && (off >= w->nruns || w->runs[off] > w->nruns - off - 1))
			return -1;
		if (off)
			for (uint32_t k = 1; k <= w->runs[off]; k++)
				if ((w->runs[off + k] >> 16) >= w->nclasses)
					return -1;
	}
	return 0;
}
