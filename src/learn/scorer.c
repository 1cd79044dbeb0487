#include "learn/scorer.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* The tables are read at random: on 2 MB pages (where the system grants
 * them) they take a few TLB entries instead of thousands. */
#define HUGE_PAGE (2u << 20)

void *at_scorer_alloc_huge(size_t size)
{
	void *p = NULL;
	size = (size + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
	if (posix_memalign(&p, HUGE_PAGE, size) != 0)
		return NULL;
#ifdef MADV_HUGEPAGE
	madvise(p, size, MADV_HUGEPAGE);
#endif
	memset(p, 0, size);
	return p;
}

/* Class by class: the second-best score is the highest of the others. */
unsigned at_scorer_best_among(const int32_t *scores, const uint8_t *cls, unsigned k, int32_t *margin)
{
	unsigned best = cls ? cls[0] : 0;
	int32_t second = INT32_MIN;
	for (unsigned j = 1; j < k; j++) {
		unsigned c = cls ? cls[j] : j;
		if (scores[c] > scores[best]) {
			second = scores[best];
			best = c;
		} else if (scores[c] > second) {
			second = scores[c];
		}
	}
	*margin = second == INT32_MIN ? INT32_MAX : scores[best] - second;
	return best;
}

static unsigned best_plain(const int32_t *scores, unsigned n, int32_t *margin)
{
	return at_scorer_best_among(scores, NULL, n, margin);
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>

static int has_avx2(void)
{
	return __builtin_cpu_supports("avx2");
}

/* Rows are padded to 8 classes: one 256-bit register of 32-bit scores. */
__attribute__((target("avx2"))) static inline __m256i row_at(const int16_t *row, unsigned c)
{
	return _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(row + c)));
}

__attribute__((target("avx2"))) void at_scorer_add_rows_avx2(int32_t *restrict scores,
							     const int16_t *const *rows, size_t n,
							     unsigned stride)
{
	size_t r = 0;
	for (; r + 4 <= n; r += 4) {
		const int16_t *const *four = rows + r;
		for (unsigned c = 0; c < stride; c += AT_SCORER_LANES) {
			__m256i *s = (__m256i *)(scores + c);
			__m256i sum = _mm256_add_epi32(_mm256_add_epi32(row_at(four[0], c), row_at(four[1], c)),
						       _mm256_add_epi32(row_at(four[2], c), row_at(four[3], c)));
			_mm256_storeu_si256(s, _mm256_add_epi32(_mm256_loadu_si256(s), sum));
		}
	}
	for (; r < n; r++)
		for (unsigned c = 0; c < stride; c += AT_SCORER_LANES) {
			__m256i *s = (__m256i *)(scores + c);
			_mm256_storeu_si256(s, _mm256_add_epi32(_mm256_loadu_si256(s), row_at(rows[r], c)));
		}
}

/* The reference in the first bucket from mixed's own on that is empty or
 * holds its fingerprint, as at_weights_probe finds it: a bucket is a pair
 * (fingerprint, reference), so lanes 0, 2, 4, 6 of four buckets are
 * compared with the fingerprint and lanes 1, 3, 5, 7 with 0. */
__attribute__((target("avx2"))) static inline uint32_t find_avx2(const at_scorer *s, uint64_t mixed)
{
	const uint32_t *b = s->buckets + 2 * (size_t)at_weights_bucket(s->nbuckets, mixed);
	int32_t fp = (int32_t)(uint32_t)(mixed >> 32);
	const __m256i want = _mm256_setr_epi32(fp, 0, fp, 0, fp, 0, fp, 0);
	for (;; b += 2 * 4) {
		__m256i pairs = _mm256_loadu_si256((const __m256i *)b);
		unsigned bits = (unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpeq_epi32(pairs, want)));
		if (bits)
			return b[2 * ((unsigned)__builtin_ctz(bits) / 2) + 1];
	}
}

__attribute__((target("avx2"))) void at_scorer_lookup_avx2(const at_scorer *s, const uint64_t *feats,
							   size_t m, uint32_t *ref)
{
	uint64_t h[AT_SCORER_BATCH];
	for (size_t f = 0; f < m; f++) {
		h[f] = at_weights_mix(feats[f]);
		const char *first = (const char *)&s->buckets[2 * (size_t)at_weights_bucket(s->nbuckets, h[f])];
		__builtin_prefetch(first);
		__builtin_prefetch(first + 64);
	}
	for (size_t f = 0; f < m; f++)
		ref[f] = find_avx2(s, h[f]);
}

/* Scores c..c+7, at INT32_MIN past the n classes (the padding after the
 * last class is not a class). */
__attribute__((target("avx2"))) static inline __m256i scores_at(const int32_t *scores, unsigned c,
								unsigned n)
{
	const __m256i lanes = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
	__m256i valid = _mm256_cmpgt_epi32(_mm256_set1_epi32((int32_t)(n - c)), lanes);
	__m256i v = _mm256_loadu_si256((const __m256i *)(scores + c));
	return _mm256_blendv_epi8(_mm256_set1_epi32(INT32_MIN), v, valid);
}

__attribute__((target("avx2"))) static inline int32_t max_lane(__m256i v)
{
	__m128i x = _mm_max_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
	x = _mm_max_epi32(x, _mm_shuffle_epi32(x, _MM_SHUFFLE(1, 0, 3, 2)));
	x = _mm_max_epi32(x, _mm_shuffle_epi32(x, _MM_SHUFFLE(2, 3, 0, 1)));
	return _mm_cvtsi128_si32(x);
}

__attribute__((target("avx2"))) static inline int32_t min_lane(__m256i v)
{
	__m128i x = _mm_min_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
	x = _mm_min_epi32(x, _mm_shuffle_epi32(x, _MM_SHUFFLE(1, 0, 3, 2)));
	x = _mm_min_epi32(x, _mm_shuffle_epi32(x, _MM_SHUFFLE(2, 3, 0, 1)));
	return _mm_cvtsi128_si32(x);
}

/* One pass, each lane keeping the highest score of its classes, the
 * first class with it, and the second-highest (a tie counts); then the
 * first class with the highest of all, and the highest of everything
 * else. The first vector starts every lane, so that a lane's class is
 * always one of its own. */
__attribute__((target("avx2"))) static unsigned best_avx2(const int32_t *scores, unsigned n,
							   int32_t *margin)
{
	const __m256i lowest = _mm256_set1_epi32(INT32_MIN), step = _mm256_set1_epi32(AT_SCORER_LANES);
	__m256i cls = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
	__m256i top = scores_at(scores, 0, n), at = cls, second = lowest;
	for (unsigned c = AT_SCORER_LANES; c < n; c += AT_SCORER_LANES) {
		__m256i v = scores_at(scores, c, n);
		cls = _mm256_add_epi32(cls, step);
		at = _mm256_blendv_epi8(at, cls, _mm256_cmpgt_epi32(v, top));
		second = _mm256_max_epi32(second, _mm256_min_epi32(top, v));
		top = _mm256_max_epi32(top, v);
	}
	int32_t high = max_lane(top);
	__m256i is_high = _mm256_cmpeq_epi32(top, _mm256_set1_epi32(high));
	unsigned best = (unsigned)min_lane(_mm256_blendv_epi8(_mm256_set1_epi32(INT32_MAX), at, is_high));
	__m256i best_lane = _mm256_cmpeq_epi32(at, _mm256_set1_epi32((int32_t)best));
	int32_t rest = max_lane(_mm256_max_epi32(second, _mm256_blendv_epi8(top, lowest, best_lane)));
	*margin = rest == INT32_MIN ? INT32_MAX : high - rest;
	return best;
}
#else
static int has_avx2(void)
{
	return 0;
}

void at_scorer_add_rows_avx2(int32_t *restrict scores, const int16_t *const *rows, size_t n,
			     unsigned stride)
{
	for (size_t r = 0; r < n; r++)
		at_scorer_add_row(scores, rows[r], stride);
}

void at_scorer_lookup_avx2(const at_scorer *s, const uint64_t *feats, size_t m, uint32_t *ref)
{
	for (size_t f = 0; f < m; f++)
		ref[f] = at_scorer_find(s, at_weights_mix(feats[f]));
}

static unsigned best_avx2(const int32_t *scores, unsigned n, int32_t *margin)
{
	return best_plain(scores, n, margin);
}
#endif

unsigned at_scorer_best(const at_scorer *s, const int32_t *scores, unsigned n, int32_t *margin)
{
	return s->avx2 ? best_avx2(scores, n, margin) : best_plain(scores, n, margin);
}

int at_scorer_build(at_scorer *s, const at_weights *w, unsigned min_dense)
{
	memset(s, 0, sizeof *s);
	s->nbuckets = w->nbuckets;
	s->nclasses = w->nclasses;
	s->stride = (unsigned)at_scorer_padded(w->nclasses);
	s->avx2 = has_avx2();
	size_t nrows = 0;
	for (uint32_t i = 0; i < w->nbuckets; i++) {
		uint32_t off = w->buckets[2 * i + 1];
		nrows += off && w->runs[off] >= min_dense;
	}
	if (nrows >= AT_SCORER_DENSE)
		return -1;
	uint32_t empty = 0;
	while (empty < w->nbuckets && w->buckets[2 * empty + 1])
		empty++;
	if (empty == w->nbuckets)
		return -1;
	/* Repeated after the last bucket: those up to the first empty one,
	 * and three more that a probe of four buckets may read past it. */
	size_t repeated = (size_t)empty + 1 + 3;
	size_t bucket_words = 2 * ((size_t)w->nbuckets + repeated);
	size_t row_words = (nrows * s->stride + 1) / 2;
	uint32_t *block = at_scorer_alloc_huge((bucket_words + row_words + w->nruns) * sizeof *block);
	if (!block)
		return -1;
	s->buckets = block;
	s->rows = (int16_t *)(block + bucket_words);
	s->runs = block + bucket_words + row_words;
	memcpy(s->runs, w->runs, (size_t)w->nruns * sizeof *s->runs);
	uint32_t row = 0;
	for (uint32_t i = 0; i < w->nbuckets; i++) {
		uint32_t off = w->buckets[2 * i + 1];
		s->buckets[2 * i] = w->buckets[2 * i];
		s->buckets[2 * i + 1] = off;
		if (!off || w->runs[off] < min_dense)
			continue;
		int16_t *dense = s->rows + (size_t)row * s->stride;
		for (uint32_t k = 1; k <= w->runs[off]; k++)
			dense[w->runs[off + k] >> 16] = (int16_t)(w->runs[off + k] & 0xffff);
		s->buckets[2 * i + 1] = AT_SCORER_DENSE | row++;
	}
	memcpy(s->buckets + 2 * (size_t)w->nbuckets, s->buckets, 2 * ((size_t)empty + 1) * sizeof *s->buckets);
	return 0;
}

void at_scorer_free(at_scorer *s)
{
	free(s->buckets);
	memset(s, 0, sizeof *s);
}
