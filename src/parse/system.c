#include "parse/system.h"

#include <string.h>

int at_pstate_alloc(at_pstate *s, at_arena *a, int max_n)
{
	size_t n = (size_t)max_n + 2;
	s->stack = AT_NEW_N(a, int, n);
	s->head = AT_NEW_N(a, int16_t, n);
	s->label = AT_NEW_N(a, uint8_t, n);
	s->lc1 = AT_NEW_N(a, int16_t, n);
	s->lc2 = AT_NEW_N(a, int16_t, n);
	s->rc1 = AT_NEW_N(a, int16_t, n);
	s->rc2 = AT_NEW_N(a, int16_t, n);
	s->nleft = AT_NEW_N(a, uint8_t, n);
	s->nright = AT_NEW_N(a, uint8_t, n);
	s->lset = AT_NEW_N(a, uint64_t, n);
	s->rset = AT_NEW_N(a, uint64_t, n);
	if (!s->stack || !s->head || !s->label || !s->lc1 || !s->lc2 || !s->rc1 ||
	    !s->rc2 || !s->nleft || !s->nright || !s->lset || !s->rset)
		return -1;
	return 0;
}

void at_pstate_init(at_pstate *s, int n)
{
	size_t m = (size_t)n + 2;
	s->n = n;
	s->depth = 0;
	s->b = 1;
	memset(s->head, 0, m * sizeof *s->head);
	memset(s->label, 0, m * sizeof *s->label);
	memset(s->lc1, 0, m * sizeof *s->lc1);
	memset(s->lc2, 0, m * sizeof *s->lc2);
	memset(s->rc1, 0, m * sizeof *s->rc1);
	memset(s->rc2, 0, m * sizeof *s->rc2);
	memset(s->nleft, 0, m * sizeof *s->nleft);
	memset(s->nright, 0, m * sizeof *s->nright);
	memset(s->lset, 0, m * sizeof *s->lset);
	memset(s->rset, 0, m * sizeof *s->rset);
}

int at_pstate_legal(const at_pstate *s, int action)
{
	switch (action) {
	case AT_PA_SHIFT:
		return s->b <= s->n;
	case AT_PA_LEFT:
		/* The root takes its one dependent last. */
		return s->depth >= 1 && (s->b <= s->n || s->depth == 1);
	case AT_PA_RIGHT:
		return s->depth >= 2;
	}
	return 0;
}

int at_pstate_terminal(const at_pstate *s)
{
	return s->depth == 0 && s->b == s->n + 1;
}

void at_pstate_arc(const at_pstate *s, int action, int *head, int *dep)
{
	*dep = at_pstate_s(s, 0);
	*head = action == AT_PA_LEFT ? s->b : at_pstate_s(s, 1);
}

static void add_arc(at_pstate *s, int h, int d, int label)
{
	s->head[d] = (int16_t)h;
	s->label[d] = (uint8_t)label;
	uint64_t bit = label < 64 ? 1ULL << label : 0;
	if (d < h) {
		if (!s->lc1[h] || d < s->lc1[h]) {
			s->lc2[h] = s->lc1[h];
			s->lc1[h] = (int16_t)d;
		} else if (!s->lc2[h] || d < s->lc2[h]) {
			s->lc2[h] = (int16_t)d;
		}
		s->nleft[h]++;
		s->lset[h] |= bit;
	} else {
		if (!s->rc1[h] || d > s->rc1[h]) {
			s->rc2[h] = s->rc1[h];
			s->rc1[h] = (int16_t)d;
		} else if (!s->rc2[h] || d > s->rc2[h]) {
			s->rc2[h] = (int16_t)d;
		}
		s->nright[h]++;
		s->rset[h] |= bit;
	}
}

void at_pstate_apply(at_pstate *s, int action, int label)
{
	if (action == AT_PA_SHIFT) {
		s->stack[s->depth++] = s->b++;
		return;
	}
	int h, d;
	at_pstate_arc(s, action, &h, &d);
	add_arc(s, h, d, label);
	s->depth--;
}

/* Words in the buffer (b..n, the root has no head) whose gold head is w. */
static int buffer_dependents(const at_pstate *s, const int16_t *gold, int w)
{
	int cost = 0;
	for (int k = s->b; k <= s->n; k++)
		cost += gold[k] == w;
	return cost;
}

int at_pstate_cost(const at_pstate *s, const int16_t *gold, int action)
{
	int s0 = at_pstate_s(s, 0), s1 = at_pstate_s(s, 1);
	int cost = 0;
	switch (action) {
	case AT_PA_SHIFT:
		/* b0 can still get s0 as head (RIGHT later), nothing deeper,
		 * and no stack word can take b0 as head any more. */
		for (int i = 0; i < s->depth; i++) {
			int k = s->stack[i];
			cost += gold[k] == s->b;
			cost += k != s0 && gold[s->b] == k;
		}
		return cost;
	case AT_PA_LEFT:
		cost += gold[s0] != s->b && (gold[s0] == s1 || gold[s0] > s->b);
		return cost + buffer_dependents(s, gold, s0);
	case AT_PA_RIGHT:
		cost += gold[s0] >= s->b;
		return cost + buffer_dependents(s, gold, s0);
	}
	return 0;
}
