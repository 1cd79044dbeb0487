#include "parse/beam.h"

#include <string.h>

int at_pbeam_alloc(at_pbeam *b, at_arena *a, int width, int max_n)
{
	memset(b, 0, sizeof *b);
	b->width = width < 1 ? 1 : width > AT_PBEAM_MAX ? AT_PBEAM_MAX : width;
	b->max_n = max_n;
	for (int k = 0; k < 2; k++)
		for (int i = 0; i < b->width; i++) {
			b->hist[k][i] = AT_NEW_N(a, uint16_t, 2 * (size_t)max_n + 2);
			if (!b->hist[k][i] || at_pstate_alloc(&b->state[k][i], a, max_n) != 0)
				return -1;
		}
	return 0;
}

void at_pstate_copy(at_pstate *dst, const at_pstate *src)
{
	size_t m = (size_t)src->n + 2;
	dst->n = src->n;
	dst->depth = src->depth;
	dst->b = src->b;
	memcpy(dst->stack, src->stack, (size_t)src->depth * sizeof *dst->stack);
	memcpy(dst->head, src->head, m * sizeof *dst->head);
	memcpy(dst->label, src->label, m * sizeof *dst->label);
	memcpy(dst->lc1, src->lc1, m * sizeof *dst->lc1);
	memcpy(dst->lc2, src->lc2, m * sizeof *dst->lc2);
	memcpy(dst->rc1, src->rc1, m * sizeof *dst->rc1);
	memcpy(dst->rc2, src->rc2, m * sizeof *dst->rc2);
	memcpy(dst->nleft, src->nleft, m * sizeof *dst->nleft);
	memcpy(dst->nright, src->nright, m * sizeof *dst->nright);
	memcpy(dst->lset, src->lset, m * sizeof *dst->lset);
	memcpy(dst->rset, src->rset, m * sizeof *dst->rset);
}

void at_pbeam_start(at_pbeam *b, int n)
{
	b->cur = 0;
	b->size = 1;
	b->steps = 0;
	b->score[0][0] = 0;
	at_pstate_init(&b->state[0][0], n);
}

typedef struct candidate {
	double score;
	int parent, action;
} candidate;

/* Best first; ties go to the earlier parent, then the lower action, so
 * the search is deterministic. */
static int before(const candidate *a, const candidate *b)
{
	if (a->score != b->score)
		return a->score > b->score;
	if (a->parent != b->parent)
		return a->parent < b->parent;
	return a->action < b->action;
}

static void keep_best(candidate *top, int *ntop, int width, candidate c)
{
	int i = *ntop < width ? (*ntop)++ : width;
	if (i == width) {
		if (!before(&c, &top[width - 1]))
			return;
		i = width - 1;
	}
	while (i > 0 && before(&c, &top[i - 1])) {
		top[i] = top[i - 1];
		i--;
	}
	top[i] = c;
}

int at_pbeam_step(at_pbeam *b, const at_pscorer *sc, const at_psent *ps)
{
	int cur = b->cur, nxt = !cur;
	if (at_pstate_terminal(&b->state[cur][0]))
		return 0;
	candidate top[AT_PBEAM_MAX];
	int ntop = 0;
	uint64_t f[AT_PFEAT_MAX];
	for (int i = 0; i < b->size; i++) {
		const at_pstate *s = &b->state[cur][i];
		double score[AT_PA_COUNT];
		sc->trans(sc->ctx, f, at_pfeat_transition(ps, s, f), score);
		for (int a = 0; a < AT_PA_COUNT; a++)
			if (at_pstate_legal(s, a))
				keep_best(top, &ntop, b->width, (candidate){b->score[cur][i] + score[a], i, a});
	}
	for (int k = 0; k < ntop; k++) {
		const at_pstate *parent = &b->state[cur][top[k].parent];
		at_pstate *s = &b->state[nxt][k];
		at_pstate_copy(s, parent);
		int label = 0;
		if (top[k].action != AT_PA_SHIFT) {
			int h, d;
			at_pstate_arc(s, top[k].action, &h, &d);
			label = sc->label(sc->ctx, ps, s, h, d);
		}
		at_pstate_apply(s, top[k].action, label);
		memcpy(b->hist[nxt][k], b->hist[cur][top[k].parent], (size_t)b->steps * sizeof(uint16_t));
		b->hist[nxt][k][b->steps] = (uint16_t)(top[k].action | label << 2);
		b->score[nxt][k] = top[k].score;
	}
	b->size = ntop;
	b->cur = nxt;
	b->steps++;
	return 1;
}
