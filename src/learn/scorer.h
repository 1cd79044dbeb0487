/* Averaged-perceptron weights laid out for scoring, built at load from a
 * weights view (learn/weights.h); read-only once built, shared by threads.
 *
 * Scoring is dominated by the few features that have a weight for most
 * classes (the bias, the tag before, frequent context words): summed as
 * sparse (class, weight) runs they cost a scattered add per class. Their
 * weights are kept here as dense rows instead, added a vector at a time;
 * the other features keep their runs. Buckets and runs are copies of the
 * view's (on large pages where the system grants them), so a feature is
 * found with the same probes and scores the same integers. */
#ifndef ATTACHE_SCORER_H
#define ATTACHE_SCORER_H

#include <stddef.h>
#include <stdint.h>

#include "learn/weights.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Scores are added this many classes at a time: rows and score arrays are
 * padded to a multiple of it. */
#define AT_SCORER_LANES 8
/* A bucket's reference with this bit set is a dense row's index. */
#define AT_SCORER_DENSE 0x80000000u

typedef struct at_scorer {
	uint32_t *buckets;    /* pairs: fingerprint, run offset or AT_SCORER_DENSE | row;
			       * one allocation with rows and runs. The first buckets up
			       * to an empty one are repeated after the last, so that a
			       * probe can read on without wrapping round */
	int16_t *rows;        /* stride weights per dense row */
	uint32_t *runs;       /* a copy of the view's */
	uint32_t nbuckets;
	unsigned nclasses;
	unsigned stride;      /* nclasses rounded up to AT_SCORER_LANES */
	int avx2;             /* the processor has AVX2 */
} at_scorer;

/* size bytes of zeros on 2 MB pages where the system grants them (for
 * tables read at random: a few TLB entries instead of thousands); free()
 * them. NULL when memory runs out. */
void *at_scorer_alloc_huge(size_t size);

/* Features with at least min_dense weights get a dense row. Returns -1
 * when out of memory. */
int at_scorer_build(at_scorer *s, const at_weights *w, unsigned min_dense);
void at_scorer_free(at_scorer *s);

/* Size of a score array for s: at least nclasses, a multiple of the lanes. */
static inline size_t at_scorer_padded(unsigned nclasses)
{
	return (nclasses + AT_SCORER_LANES - 1) / AT_SCORER_LANES * AT_SCORER_LANES;
}

/* The reference of one mixed feature hash, 0 when absent. */
static inline uint32_t at_scorer_find(const at_scorer *s, uint64_t h)
{
	return at_weights_probe(s->buckets, s->nbuckets, h);
}

/* SSE2 is part of x86-64: eight weights at a time, widened to 32 bits. */
static inline void at_scorer_add_row(int32_t *restrict scores, const int16_t *restrict row,
				     unsigned stride)
{
#ifdef __SSE2__
	for (unsigned c = 0; c < stride; c += AT_SCORER_LANES) {
		__m128i w = _mm_loadu_si128((const __m128i *)(row + c));
		__m128i lo = _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16);
		__m128i hi = _mm_srai_epi32(_mm_unpackhi_epi16(w, w), 16);
		__m128i *s = (__m128i *)(scores + c);
		_mm_storeu_si128(s, _mm_add_epi32(_mm_loadu_si128(s), lo));
		_mm_storeu_si128(s + 1, _mm_add_epi32(_mm_loadu_si128(s + 1), hi));
	}
#else
	for (unsigned c = 0; c < stride; c++)
		scores[c] += row[c];
#endif
}

/* The n rows added with AVX2 (where the processor has it: s->avx2), four
 * at a time: each vector of scores is loaded and stored once for four. */
void at_scorer_add_rows_avx2(int32_t *restrict scores, const int16_t *const *rows, size_t n,
			     unsigned stride);

/* The first of the n classes with the highest score; *margin is its score
 * minus the highest of the others (0 on a tie, INT32_MAX when n is 1).
 * scores holds at_scorer_padded(n) values: they are compared a vector at
 * a time (the tagger takes the best of all classes for most words). */
unsigned at_scorer_best(const at_scorer *s, const int32_t *scores, unsigned n, int32_t *margin);
/* The same among the k classes cls lists (0 .. k-1 when cls is NULL),
 * compared one by one; ties go to the one listed first. */
unsigned at_scorer_best_among(const int32_t *scores, const uint8_t *cls, unsigned k, int32_t *margin);

static inline void at_scorer_add_dense(const at_scorer *s, int32_t *scores,
				       const int16_t *const *rows, size_t n)
{
	if (s->avx2) {
		at_scorer_add_rows_avx2(scores, rows, n, s->stride);
		return;
	}
	for (size_t r = 0; r < n; r++)
		at_scorer_add_row(scores, rows[r], s->stride);
}

/* A run is a scattered add per weight: unrolled four times, the loop's own
 * instructions are an eighth of them instead of a third. */
static inline void at_scorer_add_run(int32_t *restrict scores, const uint32_t *restrict run)
{
	const uint32_t *end = run + 1 + run[0];
#pragma GCC unroll 4
	for (const uint32_t *w = run + 1; w < end; w++)
		scores[*w >> 16] += (int16_t)(*w & 0xffff);
}

#define AT_SCORER_BATCH 32

static inline const int16_t *at_scorer_row(const at_scorer *s, uint32_t ref)
{
	return s->rows + (size_t)(ref & ~AT_SCORER_DENSE) * s->stride;
}

/* The references of m (at most AT_SCORER_BATCH) features: their buckets
 * are prefetched together so that the cache misses overlap. With AVX2,
 * four buckets are probed at a time. */
void at_scorer_lookup_avx2(const at_scorer *s, const uint64_t *feats, size_t m, uint32_t *ref);

static inline void at_scorer_lookup(const at_scorer *s, const uint64_t *feats, size_t m,
				    uint32_t *ref)
{
	if (s->avx2) {
		at_scorer_lookup_avx2(s, feats, m, ref);
		return;
	}
	uint64_t h[AT_SCORER_BATCH];
	for (size_t f = 0; f < m; f++) {
		h[f] = at_weights_mix(feats[f]);
		__builtin_prefetch(&s->buckets[2 * (size_t)at_weights_bucket(s->nbuckets, h[f])]);
	}
	for (size_t f = 0; f < m; f++)
		ref[f] = at_scorer_find(s, h[f]);
}

/* Adds the weights of the features to scores[0..at_scorer_padded(nclasses)),
 * in the units of at_weights_score. */
static inline void at_scorer_score(const at_scorer *s, const uint64_t *feats, size_t n,
				   int32_t *scores)
{
	uint32_t ref[AT_SCORER_BATCH];
	size_t row_bytes = s->stride * sizeof *s->rows;
	for (size_t base = 0; base < n; base += AT_SCORER_BATCH) {
		size_t m = n - base < AT_SCORER_BATCH ? n - base : AT_SCORER_BATCH;
		at_scorer_lookup(s, feats + base, m, ref);
		for (size_t f = 0; f < m; f++) {
			if (ref[f] & AT_SCORER_DENSE) {
				const char *row = (const char *)at_scorer_row(s, ref[f]);
				for (size_t b = 0; b < row_bytes; b += 64)
					__builtin_prefetch(row + b);
				__builtin_prefetch(row + row_bytes - 1);
			} else {
				__builtin_prefetch(&s->runs[ref[f]]);
			}
		}
		const int16_t *rows[AT_SCORER_BATCH];
		size_t nrows = 0;
		for (size_t f = 0; f < m; f++) {
			if (ref[f] & AT_SCORER_DENSE)
				rows[nrows++] = at_scorer_row(s, ref[f]);
			else if (ref[f])
				at_scorer_add_run(scores, s->runs + ref[f]);
		}
		at_scorer_add_dense(s, scores, rows, nrows);
	}
}

/* The same when only the k classes cls[] are wanted: the scores of the
 * others are left incomplete. Dense rows give just those classes. */
static inline void at_scorer_score_classes(const at_scorer *s, const uint64_t *feats, size_t n,
					   const uint8_t *cls, unsigned k, int32_t *scores)
{
	uint32_t ref[AT_SCORER_BATCH];
	for (size_t base = 0; base < n; base += AT_SCORER_BATCH) {
		size_t m = n - base < AT_SCORER_BATCH ? n - base : AT_SCORER_BATCH;
		at_scorer_lookup(s, feats + base, m, ref);
		for (size_t f = 0; f < m; f++) {
			if (ref[f] & AT_SCORER_DENSE) {
				const int16_t *row = at_scorer_row(s, ref[f]);
				for (unsigned j = 0; j < k; j++)
					__builtin_prefetch(row + cls[j]);
			} else {
				__builtin_prefetch(&s->runs[ref[f]]);
			}
		}
		for (size_t f = 0; f < m; f++) {
			if (ref[f] & AT_SCORER_DENSE) {
				const int16_t *row = at_scorer_row(s, ref[f]);
				for (unsigned j = 0; j < k; j++)
					scores[cls[j]] += row[cls[j]];
			} else if (ref[f]) {
				at_scorer_add_run(scores, s->runs + ref[f]);
			}
		}
	}
}

#endif
