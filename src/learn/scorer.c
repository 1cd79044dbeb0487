#include "learn/scorer.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* The tables are read at random: on 2 MB pages (where the system grants
 * them) they take a few TLB entries instead of thousands. */
#define HUGE_PAGE (2u << 20)

static void *alloc_tables(size_t size)
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

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>

static int has_avx2(void)
{
	return __builtin_cpu_supports("avx2");
}

/* Rows are padded to 8 classes: one 256-bit register of 32-bit scores. */
__attribute__((target("avx2"))) void at_scorer_add_row_avx2(int32_t *restrict scores,
							     const int16_t *restrict row,
							     unsigned stride)
{
	for (unsigned c = 0; c < stride; c += AT_SCORER_LANES) {
		__m256i w = _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(row + c)));
		__m256i *s = (__m256i *)(scores + c);
		_mm256_storeu_si256(s, _mm256_add_epi32(_mm256_loadu_si256(s), w));
	}
}
#else
static int has_avx2(void)
{
	return 0;
}

void at_scorer_add_row_avx2(int32_t *restrict scores, const int16_t *restrict row, unsigned stride)
{
	at_scorer_add_row(scores, row, stride);
}
#endif

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
	size_t bucket_words = 2 * (size_t)w->nbuckets;
	size_t row_words = (nrows * s->stride + 1) / 2;
	uint32_t *block = alloc_tables((bucket_words + row_words + w->nruns) * sizeof *block);
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
	return 0;
}

void at_scorer_free(at_scorer *s)
{
	free(s->buckets);
	memset(s, 0, sizeof *s);
}
