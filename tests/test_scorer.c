/* The scorer's comparison of scores (learn/scorer.h): the vector version
 * picks the class and margin a class-by-class loop does. */
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(best_is_the_first_highest),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
