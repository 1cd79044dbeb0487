/* The scorer's vector code (learn/scorer.h) against plain loops: the best
 * class and its margin, dense rows added together, bucket probes. */
#include "helpers.h"

#include "learn/scorer.h"

/* The first highest score and the highest of the other classes. */
static unsigned reference_best(const int32_t *scores, unsigned n, int32_t *margin)
{
	unsigned best = 0;
	for (unsigned c = 1; c < n; c++)
		if (scores[c] > scores[best])
			best = c;
	int32_t second = INT32_MIN;
	for (unsigned c = 0; c < n; c++)
		if (c != best && scores[c] > second)
			second = scores[c];
	*margin = second == INT32_MIN ? INT32_MAX : scores[best] - second;
	return best;
}

static uint32_t next_random(uint32_t *state)
{
	*state = *state * 1664525u + 1013904223u;
	return *state >> 8;
}

/* Random scores over few values (so that ties are frequent), every count
 * of classes up to 128, the padding after the classes higher than any of
 * them (it must not count). */
static void best_is_the_first_highest(void **state)
{
	(void)state;
	uint32_t seed = 7;
	at_scorer s = {0};
	s.avx2 = 1;
	int avx2 = __builtin_cpu_supports("avx2");
	for (unsigned n = 1; n <= 128; n++)
		for (int round = 0; round < 50; round++) {
			int32_t scores[128 + AT_SCORER_LANES];
			unsigned spread = round % 2 ? 5 : 100000;
			for (unsigned c = 0; c < n; c++)
				scores[c] = (int32_t)(next_random(&seed) % spread) - (int32_t)spread / 2;
			/* All equal, and all the lowest score there is. */
			for (unsigned c = 0; round >= 48 && c < n; c++)
				scores[c] = round == 48 ? 7 : INT32_MIN;
			for (size_t c = n; c < at_scorer_padded(n); c++)
				scores[c] = INT32_MAX;
			int32_t want_margin, plain_margin, vector_margin;
			unsigned want = reference_best(scores, n, &want_margin);
			s.avx2 = 0;
			assert_int_equal(at_scorer_best(&s, scores, n, &plain_margin), want);
			assert_int_equal(plain_margin, want_margin);
			if (!avx2)
				continue;
			s.avx2 = 1;
			assert_int_equal(at_scorer_best(&s, scores, n, &vector_margin), want);
			assert_int_equal(vector_margin, want_margin);
		}
}

/* Dense rows, added four at a time with AVX2 and one at a time without,
 * sum to what they add one weight at a time. */
static void rows_add_up(void **state)
{
	(void)state;
	enum { STRIDE = 24, NROWS = 11 };
	int16_t weights[NROWS][STRIDE];
	const int16_t *rows[NROWS];
	uint32_t seed = 3;
	for (size_t r = 0; r < NROWS; r++) {
		for (size_t c = 0; c < STRIDE; c++)
			weights[r][c] = (int16_t)(next_random(&seed) % 65536 - 32768);
		rows[r] = weights[r];
	}
	for (int avx2 = 0; avx2 <= __builtin_cpu_supports("avx2"); avx2++)
		for (size_t n = 0; n <= NROWS; n++) {
			at_scorer s = {0};
			s.avx2 = avx2;
			s.stride = STRIDE;
			int32_t got[STRIDE], want[STRIDE];
			for (size_t c = 0; c < STRIDE; c++)
				got[c] = want[c] = (int32_t)c * 1000;
			for (size_t r = 0; r < n; r++)
				for (size_t c = 0; c < STRIDE; c++)
					want[c] += weights[r][c];
			at_scorer_add_dense(&s, got, rows, n);
			assert_memory_equal(got, want, sizeof want);
		}
}

enum { NBUCKETS = 16, NFEATURES = 12 };

/* Inserts feature f into the table as a trainer does (linear probing from
 * its bucket, round the end), with the one-weight run at offset. */
static void insert(uint32_t *buckets, uint64_t f, uint32_t offset)
{
	uint64_t h = at_weights_mix(f);
	uint32_t i = at_weights_bucket(NBUCKETS, h);
	while (buckets[2 * i + 1])
		i = (i + 1) % NBUCKETS;
	buckets[2 * i] = (uint32_t)(h >> 32);
	buckets[2 * i + 1] = offset;
}

/* A table 3/4 full whose last cluster runs round its end: the scorer's
 * probes (four buckets at a time with AVX2) find what the weights' own
 * probe finds, for present and absent features. */
static void lookups_find_what_the_weights_find(void **state)
{
	(void)state;
	uint32_t buckets[2 * NBUCKETS] = {0}, runs[1 + 2 * NFEATURES] = {0};
	uint64_t present[NFEATURES];
	size_t n = 0;
	/* Features whose first bucket is the last ones go in first. */
	for (int pass = 0; pass < 2; pass++)
		for (uint64_t f = 1; n < NFEATURES && f < 100000; f++) {
			int late = at_weights_bucket(NBUCKETS, at_weights_mix(f)) >= NBUCKETS - 2;
			if (pass == 0 ? !late || n >= 5 : late)
				continue;
			uint32_t offset = 1 + 2 * (uint32_t)n;
			runs[offset] = 1;
			runs[offset + 1] = (uint32_t)(n % 3) << 16 | (uint32_t)(n + 1);
			insert(buckets, f, offset);
			present[n++] = f;
		}
	assert_int_equal(n, NFEATURES);
	assert_true(buckets[1] != 0); /* the cluster runs round */
	at_weights w = {buckets, runs, NBUCKETS, 1 + 2 * NFEATURES, 3, 1.0f};
	at_scorer s;
	assert_int_equal(at_scorer_build(&s, &w, 255), 0);
	uint64_t queries[AT_SCORER_BATCH];
	for (size_t q = 0; q < AT_SCORER_BATCH; q++)
		queries[q] = q < NFEATURES ? present[q] : 1000000 + q;
	for (int avx2 = 0; avx2 <= __builtin_cpu_supports("avx2"); avx2++) {
		s.avx2 = avx2;
		uint32_t ref[AT_SCORER_BATCH];
		at_scorer_lookup(&s, queries, AT_SCORER_BATCH, ref);
		for (size_t q = 0; q < AT_SCORER_BATCH; q++)
			assert_int_equal(ref[q], at_weights_find(&w, at_weights_mix(queries[q])));
	}
	at_scorer_free(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(best_is_the_first_highest),
		cmocka_unit_test(rows_add_up),
		cmocka_unit_test(lookups_find_what_the_weights_find),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
