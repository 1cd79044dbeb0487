/* Feature templates of the parser, hashed into fixed-size weight tables.
 *
 * Transition features follow Zhang and Nivre (2011), adapted to arc-hybrid:
 * stack s0..s2, buffer b0..b2, their leftmost/rightmost children and the
 * labels already given to them, distance, valency and label sets. Label
 * features describe the arc being made (head, dependent, direction, the
 * dependent's children and its nearest sibling). */
#ifndef ATTACHE_PARSE_FEATURES_H
#define ATTACHE_PARSE_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/doc.h"
#include "parse/system.h"

/* The words of one sentence as the features see them, by position
 * (0 = none, 1..n words, n+1 = root). */
typedef struct at_psent {
	int n;
	uint64_t *word;    /* hash of the lowercased form */
	uint64_t *suffix;  /* hash of its last three bytes */
	uint64_t *lemma;   /* hash of the lemma (the form when there is none) */
	uint8_t *xpos, *upos;
} at_psent;

enum { AT_PFEAT_MAX = 128, AT_PLFEAT_MAX = 48 };

int at_psent_alloc(at_psent *ps, at_arena *a, int max_n);
/* Fills ps from the n words starting at w (forms and tags). */
void at_psent_fill(at_psent *ps, const at_word *w, int n);

/* Hashes of the transition features of s; returns their number. */
int at_pfeat_transition(const at_psent *ps, const at_pstate *s, uint64_t *out);
/* Hashes of the label features of the arc head → dep about to be added
 * to s: keys of the label weights (learn/weights.h), which hold each
 * feature's weights for every label together. */
int at_pfeat_label(const at_psent *ps, const at_pstate *s, int head, int dep, uint64_t *out);

#endif
