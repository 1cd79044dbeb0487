/* The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta
 * 2011) with the artificial root at the END of the buffer (Ballesteros and
 * Nivre 2013), and its dynamic oracle (Goldberg and Nivre 2013).
 *
 * Positions 1..n are the words of the sentence, n+1 is the root and 0 is a
 * sentinel meaning "none", so feature code can index without branching.
 * The root may take one dependent only, when it is the last word left on
 * the stack: every terminal configuration is a single-rooted tree. */
#ifndef ATTACHE_PARSE_SYSTEM_H
#define ATTACHE_PARSE_SYSTEM_H

#include <stdint.h>

#include "core/arena.h"

enum { AT_PA_SHIFT, AT_PA_LEFT, AT_PA_RIGHT, AT_PA_COUNT };

typedef struct at_pstate {
	int n;
	int *stack;               /* positions, bottom first */
	int depth;
	int b;                    /* buffer front; the buffer is b..n+1 */
	int16_t *head;            /* [n+2]: head position, 0 while unattached */
	uint8_t *label;           /* [n+2]: deprel id of the arc to the head */
	int16_t *lc1, *lc2;       /* leftmost and second leftmost child */
	int16_t *rc1, *rc2;       /* rightmost and second rightmost child */
	uint8_t *nleft, *nright;  /* number of left and right children */
	uint64_t *lset, *rset;    /* bit per deprel id of the left/right children */
} at_pstate;

/* Allocates a state able to hold sentences of up to max_n words. */
int at_pstate_alloc(at_pstate *s, at_arena *a, int max_n);
void at_pstate_init(at_pstate *s, int n);
int at_pstate_legal(const at_pstate *s, int action);
int at_pstate_terminal(const at_pstate *s);
/* Head and dependent of the arc action would add (action LEFT or RIGHT). */
void at_pstate_arc(const at_pstate *s, int action, int *head, int *dep);
void at_pstate_apply(at_pstate *s, int action, int label);

static inline int at_pstate_s(const at_pstate *s, int i)
{
	return s->depth > i ? s->stack[s->depth - 1 - i] : 0;
}

static inline int at_pstate_b(const at_pstate *s, int i)
{
	return s->b + i <= s->n + 1 ? s->b + i : 0;
}

/* Number of gold arcs that action makes unreachable; gold[i] is the gold
 * head position of word i (n+1 for the root). Legal actions only. */
int at_pstate_cost(const at_pstate *s, const int16_t *gold, int action);

#endif
