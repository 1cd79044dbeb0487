#include "learn/packed.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define HEADER_BYTES 32
#define MAX_CLASSES 255  /* a run then holds at most 255 weights: its count fits a byte */

typedef struct layout {
	uint32_t nclasses, nbuckets, nfeatures, nweights;
	float scale;
	size_t fps, weights, counts, classes, used, size;  /* byte offsets, total */
} layout;

static void place(layout *l)
{
	l->fps = HEADER_BYTES;
	l->weights = l->fps + (size_t)l->nfeatures * 4;
	l->counts = l->weights + (size_t)l->nweights * 2;
	l->classes = l->counts + l->nfeatures;
	l->used = l->classes + l->nweights;
	l->size = l->used + ((size_t)l->nbuckets + 7) / 8;
}

void *at_weights_pack(const at_weights *w, size_t *size)
{
	if (w->nclasses > MAX_CLASSES)
		return NULL;
	layout l = {w->nclasses, w->nbuckets, 0, 0, w->scale, 0, 0, 0, 0, 0, 0};
	for (uint32_t b = 0; b < w->nbuckets; b++) {
		uint32_t off = w->buckets[2 * b + 1];
		if (off) {
			l.nfeatures++;
			l.nweights += w->runs[off];
		}
	}
	place(&l);
	unsigned char *out = calloc(1, l.size);
	if (!out)
		return NULL;
	uint32_t header[6] = {AT_PACKED_MAGIC, l.nclasses, l.nbuckets, 0, l.nfeatures, l.nweights};
	memcpy(&header[3], &l.scale, 4);
	memcpy(out, header, sizeof header);
	size_t f = 0, k = 0;
	for (uint32_t b = 0; b < w->nbuckets; b++) {
		uint32_t off = w->buckets[2 * b + 1];
		if (!off)
			continue;
		const uint32_t *run = w->runs + off;
		memcpy(out + l.fps + f * 4, &w->buckets[2 * b], 4);
		out[l.counts + f++] = (unsigned char)run[0];
		for (uint32_t j = 1; j <= run[0]; j++, k++) {
			int16_t q = (int16_t)(run[j] & 0xffff);
			memcpy(out + l.weights + k * 2, &q, 2);
			out[l.classes + k] = (unsigned char)(run[j] >> 16);
		}
		out[l.used + b / 8] |= (unsigned char)(1u << (b % 8));
	}
	*size = l.size;
	return out;
}

/* Reads and checks the header, the sizes and the bucket bitmap; -1 when
 * they do not agree. The runs are checked as they are unpacked. */
static int read_layout(layout *l, const unsigned char *p, size_t size)
{
	uint32_t h[6];
	if (size < HEADER_BYTES)
		return -1;
	memcpy(h, p, sizeof h);
	if (h[0] != AT_PACKED_MAGIC || h[1] == 0 || h[1] > MAX_CLASSES || h[2] == 0 || h[4] > h[2])
		return -1;
	l->nclasses = h[1];
	l->nbuckets = h[2];
	memcpy(&l->scale, &h[3], 4);
	l->nfeatures = h[4];
	l->nweights = h[5];
	place(l);
	if (l->size != size || (uint64_t)l->nfeatures + l->nweights >= UINT32_MAX)
		return -1;
	size_t used = 0, nbytes = ((size_t)l->nbuckets + 7) / 8;
	for (size_t i = 0; i < nbytes; i++)
		used += (size_t)__builtin_popcount(p[l->used + i]);
	if (l->nbuckets % 8 && p[l->used + nbytes - 1] >> (l->nbuckets % 8))
		return -1;  /* a bucket past the end */
	return used == l->nfeatures ? 0 : -1;
}

void *at_weights_unpack(const void *data, size_t size, at_weights *w, int *bad)
{
	const unsigned char *p = data;
	layout l;
	*bad = read_layout(&l, p, size) != 0;
	if (*bad)
		return NULL;
	uint32_t nruns = 1 + l.nfeatures + l.nweights;
	uint32_t *buckets = calloc((size_t)l.nbuckets * 2 + nruns, sizeof *buckets);
	if (!buckets)
		return NULL;
	uint32_t *runs = buckets + 2 * (size_t)l.nbuckets;
	*w = (at_weights){buckets, runs, l.nbuckets, nruns, l.nclasses, l.scale};
	uint32_t f = 0, k = 0, r = 1;  /* run offset 0 marks an empty bucket */
	unsigned top = 0;            /* the largest class: checked once at the end */
	for (size_t i = 0; i < ((size_t)l.nbuckets + 7) / 8 && !*bad; i++)
		for (unsigned bits = p[l.used + i]; bits; bits &= bits - 1) {
			size_t b = i * 8 + (size_t)__builtin_ctz(bits);
			memcpy(&buckets[2 * b], p + l.fps + (size_t)f * 4, 4);
			buckets[2 * b + 1] = r;
			uint32_t n = p[l.counts + f++];
			if (n > l.nweights - k) {
				*bad = 1;
				break;
			}
			runs[r++] = n;
			for (uint32_t j = 0; j < n; j++, k++) {
				int16_t q;
				memcpy(&q, p + l.weights + (size_t)k * 2, 2);
				unsigned c = p[l.classes + k];
				top = c > top ? c : top;
				runs[r++] = (uint32_t)c << 16 | (uint16_t)q;
			}
		}
	*bad = *bad || k != l.nweights || top >= l.nclasses;
	if (*bad) {
		free(buckets);
		return NULL;
	}
	return buckets;
}
