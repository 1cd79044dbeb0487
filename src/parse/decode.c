#include "parse/decode.h"

uint64_t at_plabel_candidates(const at_pweights *wt, const at_psent *ps, int head, int dep)
{
	uint64_t all = (at_deprel_count >= 64 ? ~0ULL : (1ULL << at_deprel_count) - 1) & ~1ULL;
	uint64_t root_bit = 1ULL << wt->root;
	int uh = ps->upos[head], ud = ps->upos[dep];
	uint64_t m = 0;
	if (uh < AT_UPOS_COUNT && ud < AT_UPOS_COUNT)
		m = (*wt->cands)[dep > head][uh][ud];
	if (!m)
		m = all;
	return m & ~root_bit;
}

static int best_label(const at_pweights *wt, const at_psent *ps, const at_pstate *s, int head, int dep)
{
	if (head == s->n + 1)
		return wt->root;
	uint64_t f[AT_PLFEAT_MAX];
	int nf = at_pfeat_label(ps, s, head, dep, f);
	uint64_t cands = at_plabel_candidates(wt, ps, head, dep);
	int32_t score[64] = {0};
	at_weights_score(wt->label, f, (size_t)nf, score);
	int best = 0;
	for (int l = 1; l < 64; l++)
		if ((cands >> l & 1) && (!best || score[l] > score[best]))
			best = l;
	return best;
}

/* The actions' scores: the rows are prefetched together, since each is a
 * cache miss in a table larger than the caches. */
static void sum_rows(const at_pweights *wt, const uint64_t *f, int nf, long score[AT_PA_COUNT])
{
	const int16_t *row[AT_PFEAT_MAX];
	for (int i = 0; i < nf; i++) {
		row[i] = wt->trans + (f[i] & wt->trans_mask) * AT_PA_COUNT;
		__builtin_prefetch(row[i]);
	}
	for (int a = 0; a < AT_PA_COUNT; a++)
		score[a] = 0;
	for (int i = 0; i < nf; i++)
		for (int a = 0; a < AT_PA_COUNT; a++)
			score[a] += row[i][a];
}

static void trans_scores(const void *ctx, const uint64_t *f, int nf, double *out)
{
	long score[AT_PA_COUNT];
	sum_rows(ctx, f, nf, score);
	for (int a = 0; a < AT_PA_COUNT; a++)
		out[a] = (double)score[a];
}

static int label_of(const void *ctx, const at_psent *ps, const at_pstate *s, int head, int dep)
{
	return best_label(ctx, ps, s, head, dep);
}

void at_pdecode(const at_pweights *wt, const at_psent *ps, at_pstate *s, at_pbeam *b)
{
	if (wt->beam > 1 && b) {
		at_pscorer sc = {wt, trans_scores, label_of};
		at_pbeam_start(b, ps->n);
		while (at_pbeam_step(b, &sc, ps))
			;
		at_pstate_copy(s, at_pbeam_best(b));
		return;
	}
	uint64_t f[AT_PFEAT_MAX];
	at_pstate_init(s, ps->n);
	while (!at_pstate_terminal(s)) {
		long score[AT_PA_COUNT];
		sum_rows(wt, f, at_pfeat_transition(ps, s, f), score);
		int best = -1;
		for (int a = 0; a < AT_PA_COUNT; a++)
			if (at_pstate_legal(s, a) && (best < 0 || score[a] > score[best]))
				best = a;
		int label = 0;
		if (best != AT_PA_SHIFT) {
			int h, d;
			at_pstate_arc(s, best, &h, &d);
			label = best_label(wt, ps, s, h, d);
		}
		at_pstate_apply(s, best, label);
	}
}
