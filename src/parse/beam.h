/* Beam search over arc-hybrid transitions (Zhang and Clark 2008): the
 * `width` best partial parses by summed transition score are kept at each
 * step. All parses of a sentence take 2n steps, so the beam stays aligned.
 * Scoring goes through callbacks so that training (float weights being
 * learnt) and parsing (the loaded int16 model) share the search. */
#ifndef ATTACHE_PARSE_BEAM_H
#define ATTACHE_PARSE_BEAM_H

#include <stdint.h>

#include "core/arena.h"
#include "parse/features.h"
#include "parse/system.h"

enum { AT_PBEAM_MAX = 32 };

typedef struct at_pscorer {
	const void *ctx;
	/* Scores of the AT_PA_COUNT actions given the features of a state. */
	void (*trans)(const void *ctx, const uint64_t *f, int nf, double *out);
	/* The label of the arc head → dep about to be added to s. */
	int (*label)(const void *ctx, const at_psent *ps, const at_pstate *s, int head, int dep);
} at_pscorer;

typedef struct at_pbeam {
	int width, max_n, size;
	at_pstate state[2][AT_PBEAM_MAX];
	double score[2][AT_PBEAM_MAX];
	uint16_t *hist[2][AT_PBEAM_MAX];  /* action | label << 2, per step */
	int cur;                           /* which of the two sets is live */
	int steps;
} at_pbeam;

int at_pbeam_alloc(at_pbeam *b, at_arena *a, int width, int max_n);
void at_pbeam_start(at_pbeam *b, int n);
/* Expands every item by its legal actions and keeps the best; items stay
 * sorted best first. Returns 0 once the items are terminal. */
int at_pbeam_step(at_pbeam *b, const at_pscorer *sc, const at_psent *ps);
static inline const at_pstate *at_pbeam_best(const at_pbeam *b) { return &b->state[b->cur][0]; }
static inline double at_pbeam_best_score(const at_pbeam *b) { return b->score[b->cur][0]; }
static inline const uint16_t *at_pbeam_best_hist(const at_pbeam *b) { return b->hist[b->cur][0]; }

void at_pstate_copy(at_pstate *dst, const at_pstate *src);

#endif
