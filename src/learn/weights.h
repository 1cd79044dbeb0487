/* Averaged-perceptron weights at run time: a read-only view over a model
 * section written by at_perceptron_export, used straight from the mapped
 * file. Shared by every model built on learn/ (tagger, parser).
 *
 * Section bytes:
 *   u32 magic "AWT3", u32 class count, u32 bucket count,
 *   f32 scale (weight = q * scale), u32 run words, 12 bytes padding;
 *   buckets: {u32 fingerprint, u32 run offset} (offset 0 = empty);
 *   runs: u32 words; at an offset, a count then that many
 *   (class << 16 | (uint16_t)q) words.
 * A feature's first bucket comes from the low half of its mixed hash
 * (scaled to the bucket count, which need not be a power of two: tables
 * stay 3/4 full); its fingerprint is the high half. */
#ifndef ATTACHE_WEIGHTS_H
#define ATTACHE_WEIGHTS_H

#include <stddef.h>
#include <stdint.h>

#define AT_WEIGHTS_MAGIC 0x33545741u /* "AWT3" */

typedef struct at_weights {
	const uint32_t *buckets;  /* pairs: fingerprint, offset */
	const uint32_t *runs;
	uint32_t nbuckets;
	uint32_t nruns;
	unsigned nclasses;
	float scale;
} at_weights;

/* Features are mixed once more so that keys that are not well-spread
 * hashes (small integers) still spread over buckets and fingerprints. */
static inline uint64_t at_weights_mix(uint64_t feat)
{
	feat ^= feat >> 33;
	feat *= 0xff51afd7ed558ccdULL;
	feat ^= feat >> 33;
	return feat;
}

static inline uint32_t at_weights_bucket(uint32_t nbuckets, uint64_t mixed)
{
	return (uint32_t)(((uint64_t)(uint32_t)mixed * nbuckets) >> 32);
}

/* -1 when the section is malformed. */
int at_weights_view(at_weights *w, const void *data, size_t size);

/* What the bucket table (pairs: fingerprint, reference) holds for one
 * mixed feature hash, 0 when absent; the scorer's copy is probed alike. */
static inline uint32_t at_weights_probe(const uint32_t *buckets, uint32_t nbuckets, uint64_t h)
{
	uint32_t i = at_weights_bucket(nbuckets, h);
	uint32_t fp = (uint32_t)(h >> 32);
	for (;;) {
		uint32_t ref = buckets[2 * i + 1];
		if (!ref || buckets[2 * i] == fp)
			return ref;
		if (++i == nbuckets)
			i = 0;
	}
}

/* The run offset of one mixed feature hash, 0 when absent. */
static inline uint32_t at_weights_find(const at_weights *w, uint64_t h)
{
	return at_weights_probe(w->buckets, w->nbuckets, h);
}

#define AT_WEIGHTS_BATCH 32

/* Adds the weights of the features to scores[0..nclasses). Scores are in
 * quantised units: compare them, or multiply by w->scale. Buckets and then
 * runs are prefetched a batch at a time: the lookups are cache misses, and
 * issuing them together lets the memory system overlap them. */
static inline void at_weights_score(const at_weights *w, const uint64_t *feats, size_t n,
				    int32_t *scores)
{
	uint64_t h[AT_WEIGHTS_BATCH];
	uint32_t off[AT_WEIGHTS_BATCH];
	for (size_t base = 0; base < n; base += AT_WEIGHTS_BATCH) {
		size_t m = n - base < AT_WEIGHTS_BATCH ? n - base : AT_WEIGHTS_BATCH;
		for (size_t f = 0; f < m; f++) {
			h[f] = at_weights_mix(feats[base + f]);
			__builtin_prefetch(&w->buckets[2 * (size_t)at_weights_bucket(w->nbuckets, h[f])]);
		}
		for (size_t f = 0; f < m; f++) {
			off[f] = at_weights_find(w, h[f]);
			__builtin_prefetch(&w->runs[off[f]]);
		}
		for (size_t f = 0; f < m; f++) {
			if (!off[f])
				continue;
			const uint32_t *run = w->runs + off[f];
			for (uint32_t k = 1; k <= run[0]; k++)
				scores[run[k] >> 16] += (int16_t)(run[k] & 0xffff);
		}
	}
}

#endif
